// Hostile input (SEC-4, issue #7): oversized bodies, prototype keys, SQL metacharacters in
// every query parameter of every list route, path traversal and disguised executables in
// uploads, cross-site cookie requests and a forced database error. Every refusal is a clear
// 4xx problem+json, no answer carries a stack or SQL, and the database is left unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setClock } from '@/server/clock';
import { openApiDocument } from '@/server/http/openapi';
import * as records from '@/app/api/v1/forms/[code]/records/route';
import * as reports from '@/app/api/v1/forms/[code]/reports/[unitCode]/[periodKey]/route';
import * as submission from '@/app/api/v1/submissions/[id]/route';
import * as attachments from '@/app/api/v1/submissions/[id]/attachments/route';
import * as importRoute from '@/app/api/v1/forms/[code]/records/import/route';
import * as notifications from '@/app/api/v1/notifications/route';
import { makeAccount, type TestAccount } from '../support/fixtures/accounts';
import { createWorld, send, type World } from '../support/fixtures/forms/world';

type Handler = (req: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>;
let w: World;
let admin: TestAccount;
let reportId: string;
let attDir: string;

/** Row count and checksum of every application table (counters and token last-use excluded). */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await w.db.sql<{ t: string }>(`select tablename t from pg_tables where schemaname = 'public' and tablename not in ('rate_limit', 'api_token', 'mikro_orm_migrations') order by 1`);
  const out: Record<string, string> = {};
  for (const { t } of tables) {
    const [r] = await w.db.sql<{ n: string; h: string | null }>(`select count(*)::text n, md5(string_agg(x::text, '|' order by x::text)) h from ${t} x`);
    out[t] = `${r.n}:${r.h}`;
  }
  return out;
}

function request(url: string, init: { method?: string; token?: string; body?: BodyInit; headers?: Record<string, string> } = {}): Request {
  const headers: Record<string, string> = { 'accept-language': 'en', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.headers ?? {}) };
  return new Request(`http://x${url}`, { method: init.method ?? 'GET', headers, body: init.body });
}

async function problem(res: Response, echoed?: string) {
  const text = await res.text();
  // A 4xx may quote the caller's own value back; anything else that looks like SQL is a leak.
  const own = echoed ? text.split(JSON.stringify(echoed).slice(1, -1)).join('') : text;
  expect(own, 'no stack trace or SQL in the answer').not.toMatch(/\n\s+at |node_modules|\bselect\b.*\bfrom\b|\binsert into\b|\bsyntax error\b/i);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

const upload = (field: string, name: string, type: string, bytes: Buffer) => {
  const form = new FormData();
  form.set('field', field);
  form.set('file', new Blob([new Uint8Array(bytes)], { type }), name);
  return form;
};

beforeAll(async () => {
  attDir = mkdtempSync(path.join(tmpdir(), 'att-hostile-'));
  process.env.ATTACHMENTS_DIR = attDir;
  w = await createWorld();
  admin = await makeAccount({ username: 'qt.vn', unitId: w.tree.P1, roles: [{ role: 'system_admin', unitId: w.tree.P1 }] });
  setClock(() => new Date('2026-02-15T03:00:00Z'));
  const saved = await send(reports.PUT, { token: w.officerC1.token, method: 'PUT', params: { code: 'test-report', unitCode: 'C1', periodKey: '2025' }, body: { data: { households: 2 } } });
  reportId = saved.body.id;
  await send(records.POST, { token: w.officerC1.token, params: { code: 'test-register' }, body: { unitCode: 'C1', data: { fullName: 'An' } } });
});
afterAll(async () => {
  setClock(null);
  await w.db.close();
});

describe('hostile input gets a clear 4xx and changes nothing', () => {
  let before: Record<string, string>;
  beforeAll(async () => { before = await fingerprint(); });

  it('oversized JSON bodies → 413', async () => {
    const big = JSON.stringify({ unitCode: 'C1', data: { fullName: 'x'.repeat(1_100_000) } });
    const res = await problem(await (records.POST as Handler)(request('/', { method: 'POST', token: w.officerC1.token, body: big, headers: { 'content-type': 'application/json' } }), { params: Promise.resolve({ code: 'test-register' }) }));
    expect(res).toMatchObject({ status: 413, body: { code: 'payload-too-large' } });
    expect(res.type).toContain('application/problem+json');
  });

  it('__proto__ / constructor / prototype keys → 400, and nothing is polluted', async () => {
    for (const body of [
      '{"unitCode":"C1","data":{"fullName":"x","__proto__":{"polluted":"yes"}}}',
      '{"__proto__":{"polluted":"yes"},"unitCode":"C1","data":{"fullName":"x"}}',
      '{"unitCode":"C1","data":{"fullName":"x","constructor":{"prototype":{"polluted":"yes"}}}}',
    ]) {
      const res = await problem(await (records.POST as Handler)(request('/', { method: 'POST', token: w.officerC1.token, body, headers: { 'content-type': 'application/json' } }), { params: Promise.resolve({ code: 'test-register' }) }));
      expect(res).toMatchObject({ status: 400, body: { code: 'bad-request' } });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('SQL metacharacters in every query parameter of every GET route → < 500, no SQL echoed', async () => {
    const doc = openApiDocument() as { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> };
    const hostile = [`' OR '1'='1`, `1; drop table submission; --`, `%' union select password_hash from account --`, `\\'"\`$1%_`, `C1')) or true--`];
    let calls = 0;
    for (const [p, ops] of Object.entries(doc.paths)) {
      const op = ops.get;
      const names = (op?.parameters ?? []).filter((x) => x.in === 'query').map((x) => x.name);
      if (!op || names.length === 0) continue;
      const mod = (await import(path.resolve('app' + p.replace(/\{(\w+)\}/g, '[$1]'), 'route.ts'))) as Record<string, Handler>;
      const params = { id: reportId, code: p.includes('/records') ? 'test-register' : 'test-report' };
      for (const name of [...names, ...(p.endsWith('/records') ? ['f.fullName', 'f.members'] : [])]) {
        for (const value of hostile) {
          const q = new URLSearchParams(p.endsWith('/records') && name !== 'unit' ? { unit: 'C1' } : {});
          q.set(name, value);
          const res = await problem(await mod.GET(request(`${p}?${q}`, { token: admin.token }), { params: Promise.resolve(params) }), value);
          calls += 1;
          expect(res.status, `${p}?${name}=${value}`).toBeLessThan(500);
          if (res.status === 200) expect(JSON.stringify(res.body)).not.toMatch(/\$argon2|password_hash/);
        }
      }
    }
    expect(calls).toBeGreaterThan(50);
  });

  it('path traversal in attachment file names → 422, nothing written outside the store', async () => {
    for (const name of ['../../../etc/passwd.pdf', '..\\..\\win.ini.pdf', 'a/b.pdf', 'x\u0000.pdf']) {
      const res = await problem(await (attachments.POST as Handler)(request('/', { method: 'POST', token: w.officerC1.token, body: upload('note', name, 'application/pdf', Buffer.from('%PDF-1.4 x')) }), { params: Promise.resolve({ id: reportId }) }));
      expect(res.status, name).toBe(422);
    }
    expect(readdirSync(attDir)).toEqual([]);
  });

  it('a renamed executable uploaded as .pdf → 422 with a clear reason', async () => {
    const exe = Buffer.concat([Buffer.from('MZ\u0090\u0000'), Buffer.alloc(200)]);
    const res = await problem(await (attachments.POST as Handler)(request('/', { method: 'POST', token: w.officerC1.token, body: upload('note', 'hoa-don.pdf', 'application/pdf', exe) }), { params: Promise.resolve({ id: reportId }) }));
    expect(res).toMatchObject({ status: 422, body: { code: 'validation-failed', reason: 'upload-refused', detected: 'executable' } });
    const png = await problem(await (attachments.POST as Handler)(request('/', { method: 'POST', token: w.officerC1.token, body: upload('note', 'anh.pdf', 'application/pdf', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])) }), { params: Promise.resolve({ id: reportId }) }));
    expect(png).toMatchObject({ status: 422, body: { detected: 'png' } });
  });

  it('cookie-authenticated writes from another site → 403 (CSRF); bearer calls are exempt', async () => {
    const body = JSON.stringify({ unitCode: 'C1', data: { fullName: 'csrf' } });
    for (const headers of [{}, { origin: 'https://evil.example' }, { referer: 'https://evil.example/x' }, { origin: 'http://x', 'sec-fetch-site': 'cross-site' }] as Record<string, string>[]) {
      const res = await problem(await (records.POST as Handler)(request('/', { method: 'POST', body, headers: { cookie: 'next-auth.session-token=abc', 'content-type': 'application/json', ...headers } }), { params: Promise.resolve({ code: 'test-register' }) }));
      expect(res.status).toBe(403);
    }
    const same = await problem(await (records.POST as Handler)(request('/', { method: 'POST', body, headers: { cookie: 'next-auth.session-token=abc', origin: 'http://x', 'content-type': 'application/json' } }), { params: Promise.resolve({ code: 'test-register' }) }));
    expect(same.status).toBe(401);
  });

  it('the database is unchanged by all of the above', async () => {
    expect(await fingerprint()).toEqual(before);
  });
});

// Imports keep the uploaded workbook in the database (never under its name on disk); the
// name is still refused when it carries a path, like attachments (assertSafeFileName).
describe('register imports refuse path-like file names', () => {
  it('path traversal in an import file name → 4xx', async () => {
    const form = new FormData();
    form.set('unit', 'C1');
    form.set('mode', 'all-or-nothing');
    form.set('file', new Blob([Buffer.from('PK\u0003\u0004not-a-workbook')]), '../../../../tmp/evil.xlsx');
    const res = await problem(await (importRoute.POST as Handler)(request('/', { method: 'POST', token: w.officerC1.token, body: form }), { params: Promise.resolve({ code: 'test-register' }) }));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

});

describe('script tags are stored as text, answered as JSON', () => {
  it('round-trips <script> in every text field unchanged, never as HTML', async () => {
    const xss = `<script>alert(1)</script><img src=x onerror=alert(2)>`;
    const saved = await send(reports.PUT, { token: w.officerC1.token, method: 'PUT', params: { code: 'test-report', unitCode: 'C1', periodKey: '2025' }, body: { data: { households: 2, note: xss, contactPhone: xss }, version: 1 } });
    expect(saved.status).toBe(200);
    const res = await (submission.GET as Handler)(request('/', { token: w.officerC1.token }), { params: Promise.resolve({ id: reportId }) });
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(((await res.json()) as { data: { note: string } }).data.note).toBe(xss);
  });
});

describe('a database failure answers 500 without stack or SQL', () => {
  it('hides the error and keeps the request id for the operator', async () => {
    await w.db.sql(`alter table notification rename to notification_gone`);
    try {
      const res = await (notifications.GET as Handler)(request('/api/v1/notifications', { token: w.officerC1.token, headers: { 'x-request-id': 'req-hostile-0001' } }), { params: Promise.resolve({}) });
      const p = await problem(res);
      expect(p).toMatchObject({ status: 500, body: { code: 'internal', requestId: 'req-hostile-0001' } });
      expect(JSON.stringify(p.body)).not.toMatch(/notification_gone|relation|does not exist/);
    } finally {
      await w.db.sql(`alter table notification_gone rename to notification`);
    }
  });
});
