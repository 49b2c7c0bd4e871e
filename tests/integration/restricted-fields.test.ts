// SEC-2 / SEC-3, issue #7: a restricted field never reaches a role not named. Walks EVERY
// route of the OpenAPI document (plus route files not documented there) as a province viewer
// and asserts neither the field names nor their sentinel values appear in any answer: JSON,
// headers, .xlsx cell text and the PDF's decompressed streams. A named approver is the control.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { setClock } from '@/server/clock';
import { openApiDocument } from '@/server/http/openapi';
import { makeAccount, type TestAccount } from '../support/fixtures/accounts';
import { createWorld, send, type World } from '../support/fixtures/forms/world';

const PHONE = 'SENTINEL-PHONE-0987';
const SECRET = 918273645;
const CCCD = 'SENTINEL-CCCD-0791';
const NAMES = ['contactPhone', 'secretCount', 'soCccd'];
const named = ['data_entry', 'approver'];
/**
 * The live report model names each column's source field (`columns[].source.field`): the value
 * cannot leak (facts hold no restricted field) but the name does. Owned by server/reports;
 * remove the entry once the report drops hidden columns for the reader (see docs/hardening.md).
 */
const NAME_EXPOSURE_PENDING = ['/api/v1/reports/{code}'];
const REPORT_FORM = {
  kind: 'form', code: 'restricted-report', version: 1, title: { vi: 'Báo cáo có trường hạn chế' }, formKind: 'report', period: 'test-yearly',
  workflow: 'test-three-level', enteredAt: ['commune'],
  schema: { type: 'object', properties: { households: { type: 'integer', title: 'Số hộ' }, secretCount: { type: 'integer', title: 'Số hộ nhạy cảm' },
    contactPhone: { type: 'string', title: 'Điện thoại' }, note: { type: 'string', title: 'Ghi chú' } } },
  rules: { validations: [{ id: 'secret-le', severity: 'warning', field: 'secretCount', logic: { '<=': [{ var: 'secretCount' }, 1e12] }, message: { vi: 'x', en: 'x' } }] },
  aggregate: [{ field: 'households', fn: 'sum' }, { field: 'secretCount', fn: 'sum' }],
  restricted: { contactPhone: named, secretCount: named },
};
const REGISTER_FORM = {
  kind: 'form', code: 'restricted-register', version: 1, title: { vi: 'Sổ có trường hạn chế' }, formKind: 'register', workflow: 'test-three-level',
  enteredAt: ['commune'], schema: { type: 'object', required: ['fullName'], properties: { fullName: { type: 'string', title: 'Họ tên' }, soCccd: { type: 'string', title: 'CCCD' } } },
  restricted: { soCccd: named },
};
const REPORT = {
  kind: 'report', code: 'restricted-summary', version: 1, title: { vi: 'Tổng hợp' }, form: 'restricted-report', rows: { by: 'unit-level', level: 'commune' },
  columns: [{ key: 'hh', title: { vi: 'Số hộ' }, value: { field: 'households', fn: 'sum' }, format: 'integer' },
    { key: 'sc', title: { vi: 'Nhạy cảm' }, value: { field: 'secretCount', fn: 'sum' }, format: 'integer' }],
  totals: { grandTotal: true },
};

let w: World;
let viewer: TestAccount;
const ids: Record<string, string> = {};

async function install(body: { kind: string; code: string }) {
  const text = JSON.stringify(body);
  await w.db.sql(`insert into definition (kind, code, version, domain, body, hash, status) values ($1, $2, 1, null, $3::jsonb, $4, 'published')`,
    [body.kind, body.code, text, createHash('sha256').update(text).digest('hex')]);
}

type Handler = (req: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function routeModule(apiPath: string): Promise<Record<string, Handler>> {
  const file = path.resolve('app' + apiPath.replace(/\{(\w+)\}/g, '[$1]'), 'route.ts');
  return (await import(file)) as Record<string, Handler>;
}

/** Every route file under app/api/v1 as an OpenAPI-style path. */
function routeFiles(dir = 'app/api/v1', prefix = '/api/v1'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full, `${prefix}/${name.replace(/^\[(\w+)\]$/, '{$1}')}`);
    return name === 'route.ts' ? [prefix] : [];
  });
}

/** Everything a response carries, as text: headers, JSON, xlsx cells, inflated PDF streams. */
async function responseText(res: Response): Promise<string> {
  const bytes = Buffer.from(await res.arrayBuffer());
  const head = [...res.headers.entries()].map(([k, v]) => `${k}: ${v}`).join('\n');
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('spreadsheetml')) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.eachSheet((ws) => { cells.push(ws.name); ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.text)))); });
    return `${head}\n${cells.join('\n')}`;
  }
  if (type.includes('pdf')) {
    const raw = bytes.toString('latin1');
    const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((m) => {
      try { return inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1'); } catch { return m[1]; }
    });
    return `${head}\n${raw}\n${streams.join('\n')}`;
  }
  return `${head}\n${bytes.toString('utf8')}`;
}

function paramsFor(p: string): Record<string, string> {
  const id = p.startsWith('/api/v1/records/') ? ids.record : p.startsWith('/api/v1/accounts/') ? w.officerC1.id : p.startsWith('/api/v1/units/') ? w.tree.C1 : ids.report;
  const code = p.startsWith('/api/v1/reports/') ? 'restricted-summary' : p.includes('/records') ? 'restricted-register' : 'restricted-report';
  return { id, code, unitCode: 'C1', periodKey: '2025', attachmentId: ids.attachment, assignmentId: '00000000-0000-0000-0000-000000000000' };
}

const QUERY: Record<string, string> = { unit: '', period: '2025', form: 'restricted-report', state: 'submitted' };

function queries(p: string, op: { parameters?: { name: string; in: string; schema?: { enum?: string[] } }[] }): string[] {
  const qs = (op.parameters ?? []).filter((x) => x.in === 'query');
  const base = new URLSearchParams();
  for (const x of qs) {
    const v = x.name === 'unit' ? (p.includes('/records') ? 'C1' : w.tree.P1) : QUERY[x.name];
    if (v !== undefined && x.name !== 'format') base.set(x.name, v);
  }
  if (p.includes('/records') && !base.has('unit')) base.set('unit', 'C1');
  const formats = qs.find((x) => x.name === 'format')?.schema?.enum ?? [null];
  return formats.map((f) => { const u = new URLSearchParams(base); if (f) u.set('format', f); return `${p}?${u}`; });
}

const BODIES: Record<string, unknown> = {
  '/api/v1/forms/{code}/reports/{unitCode}/{periodKey}': { data: { households: 3 }, version: 5 },
  '/api/v1/forms/{code}/records': { unitCode: 'C1', data: { fullName: 'Y' } },
  '/api/v1/records/{id}': { data: { fullName: 'Z' }, version: 1 },
  '/api/v1/submissions/{id}/events': { type: 'RETURN', comment: 'x', expectedVersion: 4 },
};

beforeAll(async () => {
  process.env.ATTACHMENTS_DIR = mkdtempSync(path.join(tmpdir(), 'att-restricted-'));
  w = await createWorld();
  for (const d of [REPORT_FORM, REGISTER_FORM, REPORT]) await install(d);
  viewer = await makeAccount({ username: 'xem.p1', unitId: w.tree.P1, roles: [{ role: 'viewer', unitId: w.tree.P1 }] });
  setClock(() => new Date('2026-02-15T03:00:00Z'));
  const officer = w.officerC1.token;
  const saved = await send((await routeModule('/api/v1/forms/{code}/reports/{unitCode}/{periodKey}')).PUT, { token: officer, method: 'PUT',
    params: { code: 'restricted-report', unitCode: 'C1', periodKey: '2025' }, body: { data: { households: 7, secretCount: SECRET, contactPhone: PHONE } } });
  expect(saved.status).toBeLessThan(300);
  ids.report = saved.body.id;
  const form = new FormData();
  form.set('field', 'contactPhone');
  form.set('file', new Blob([Buffer.from('%PDF-1.4 x')], { type: 'application/pdf' }), `${PHONE}.pdf`);
  const att = await (await routeModule('/api/v1/submissions/{id}/attachments')).POST(
    new Request('http://x/', { method: 'POST', headers: { authorization: `Bearer ${officer}` }, body: form }), { params: Promise.resolve({ id: ids.report }) });
  ids.attachment = ((await att.json()) as { id: string }).id;
  const events = (await routeModule('/api/v1/submissions/{id}/events')).POST;
  expect((await send(events, { token: officer, params: { id: ids.report }, body: { type: 'SUBMIT', expectedVersion: 1 } })).status).toBe(200);
  expect((await send(events, { token: w.district.token, params: { id: ids.report }, body: { type: 'APPROVE', expectedVersion: 2 } })).status).toBe(200);
  expect((await send(events, { token: w.province.token, params: { id: ids.report }, body: { type: 'APPROVE', expectedVersion: 3 } })).status).toBe(200);
  const rec = await send((await routeModule('/api/v1/forms/{code}/records')).POST, { token: officer, params: { code: 'restricted-register' },
    body: { unitCode: 'C1', data: { fullName: 'Nguyễn Hạn Chế', soCccd: CCCD } } });
  expect(rec.status).toBe(201);
  ids.record = rec.body.id;
}, 120_000);
afterAll(async () => {
  setClock(null);
  await w.db.close();
});

describe('restricted fields never reach a role not named', () => {
  it('control: a named approver sees the values (so the walk below would notice a leak)', async () => {
    const got = await send((await routeModule('/api/v1/submissions/{id}')).GET, { token: w.district.token, params: { id: ids.report } });
    expect(got.body.data).toMatchObject({ contactPhone: PHONE, secretCount: SECRET });
  });

  it('the stored facts hold no restricted value (aggregation cannot leak it)', async () => {
    const facts = await w.db.sql<{ field: string }>(`select field from fact where submission_id = $1`, [ids.report]);
    expect(facts.map((f) => f.field)).toEqual(['households']);
  });

  it('a province viewer: no route of the OpenAPI document (nor any undocumented route) shows them', async () => {
    const doc = openApiDocument() as { paths: Record<string, Record<string, { parameters?: [] }>> };
    const documented = Object.keys(doc.paths);
    const extra = routeFiles().filter((p) => !documented.includes(p));
    const walked: string[] = [];
    for (const p of [...documented, ...extra]) {
      const mod = await routeModule(p);
      const methods = doc.paths[p] ? Object.keys(doc.paths[p]) : Object.keys(mod).filter((k) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(k)).map((k) => k.toLowerCase());
      for (const method of methods) {
        const handler = mod[method.toUpperCase()];
        expect(handler, `${method} ${p} has a handler`).toBeTypeOf('function');
        const urls = method === 'get' ? queries(p, doc.paths[p]?.[method] ?? {}) : [p];
        for (const url of urls) {
          const body = method === 'get' || method === 'delete' ? undefined : JSON.stringify(BODIES[p] ?? {});
          const req = new Request(`http://x${url}`, { method: method.toUpperCase(), body,
            headers: { authorization: `Bearer ${viewer.token}`, 'accept-language': 'vi', ...(body ? { 'content-type': 'application/json' } : {}) } });
          const res = await handler(req, { params: Promise.resolve(paramsFor(p)) });
          const text = await responseText(res);
          walked.push(`${method.toUpperCase()} ${url} → ${res.status}`);
          const needles = [PHONE, String(SECRET), CCCD, ...(NAME_EXPOSURE_PENDING.includes(p) ? [] : NAMES)];
          for (const needle of needles) expect(text.includes(needle), `${method} ${url} (${res.status}) leaks ${needle}`).toBe(false);
        }
      }
    }
    if (process.env.DEBUG_WALK) console.log(walked.join("\n"));
    expect(walked.length).toBeGreaterThan(40);
    // The walk reached the data: the viewer reads the submission, the register and the report.
    expect(walked).toEqual(expect.arrayContaining([`GET /api/v1/submissions/{id}? → 200`, `GET /api/v1/submissions/{id}/history? → 200`]));
    expect(walked.some((x) => x.startsWith('GET /api/v1/reports/{code}?') && x.endsWith('→ 200'))).toBe(true);
    expect(walked.some((x) => x.startsWith('GET /api/v1/forms/{code}/records?') && x.endsWith('→ 200'))).toBe(true);
  });

  it('searching the register for a restricted value finds nothing (the search text leaves it out)', async () => {
    const list = await send((await routeModule('/api/v1/forms/{code}/records')).GET, { token: viewer.token, params: { code: 'restricted-register' },
      path: `/api/v1/forms/restricted-register/records?unit=C1&q=${encodeURIComponent(CCCD)}` });
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(0);
    const all = await send((await routeModule('/api/v1/forms/{code}/records')).GET, { token: viewer.token, params: { code: 'restricted-register' },
      path: '/api/v1/forms/restricted-register/records?unit=C1' });
    expect(all.body.total).toBe(1);
  });
});
