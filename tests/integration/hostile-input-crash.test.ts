// Issue #7 "done when": kill -9 of the app during a burst of 200 concurrent submissions; after
// a restart every acknowledged (2xx) submission is present and none is half-written (data,
// history and facts agree). Also OPS-2: SIGTERM lets an in-flight request finish (graceful).
// The server is tests/crash/route-server.ts: the real route handlers over node:http.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { extractFacts } from '@/engine/rules/facts';
import { loadDefinitions } from '@/engine/definitions/loader';
import { readFileSync } from 'node:fs';
import type { FormDefinition } from '@/engine/definitions/form';
import { createWorld, type World } from '../support/fixtures/forms/world';

const ROOT = path.resolve(import.meta.dirname, '../..');
let w: World;
let form: FormDefinition;
const running: ChildProcess[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve) => { const s = net.createServer().listen(0, () => { const p = (s.address() as net.AddressInfo).port; s.close(() => resolve(p)); }); });
}

async function startServer(port: number): Promise<{ proc: ChildProcess; lines: string[] }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'tests/crash/route-server.ts'], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: w.db.url, PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'warn', BACKUP_SCHEDULE: 'off' },
  });
  running.push(proc);
  const lines: string[] = [];
  let err = '';
  proc.stderr!.on('data', (d) => (err += String(d)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 60_000);
    proc.stdout!.on('data', (d) => {
      lines.push(...String(d).split('\n').filter(Boolean));
      if (lines.some((l) => l.startsWith('listening'))) { clearTimeout(timer); resolve(); }
    });
    proc.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited ${code}: ${err}`)); });
  });
  return { proc, lines };
}

const post = (port: number, i: number, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${port}/api/v1/forms/test-register/records`, {
    method: 'POST', headers: { authorization: `Bearer ${w.officerC1.token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ unitCode: 'C1', data: { fullName: `Hộ số ${i}`, members: i % 9 } }),
  });

beforeAll(async () => {
  w = await createWorld();
  const files = ['register-form.json', 'workflow.json'].map((f) => ({ file: f, text: readFileSync(path.join(ROOT, 'tests/support/fixtures/forms', f), 'utf8') }));
  const loaded = loadDefinitions(files);
  if (!loaded.ok) throw new Error('fixtures do not load');
  form = loaded.set.forms.latest('test-register')!;
});
afterAll(async () => {
  for (const p of running) if (p.exitCode === null) p.kill('SIGKILL');
  await w.db.close();
});

describe('kill -9 during a burst of 200 submissions', () => {
  it('keeps every acknowledged submission whole, and nothing half-written', async () => {
    const port = await freePort();
    const first = await startServer(port);
    const acked: string[] = [];
    let killed = false;
    const burst = Array.from({ length: 200 }, (_, i) => post(port, i).then(async (res) => {
      if (res.status === 201) acked.push(((await res.json()) as { id: string }).id);
      if (acked.length >= 40 && !killed) { killed = true; first.proc.kill('SIGKILL'); }
      return res.status;
    }).catch(() => 'reset'));
    const outcomes = await Promise.all(burst);
    expect(killed).toBe(true);
    expect(outcomes.filter((o) => o === 'reset').length, 'some requests died with the process').toBeGreaterThan(0);

    const second = await startServer(port);
    const one = await fetch(`http://127.0.0.1:${port}/api/v1/submissions/${acked[0]}`, { headers: { authorization: `Bearer ${w.officerC1.token}` } });
    expect(one.status).toBe(200);
    second.proc.kill('SIGKILL');

    const rows = await w.db.sql<{ id: string; data: Record<string, unknown>; version: number }>(`select id, data, version from submission where form_code = 'test-register'`);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of acked) expect(byId.has(id), `acknowledged ${id} is present`).toBe(true);
    const events = await w.db.sql<{ submission_id: string; n: string; v: number }>(
      `select submission_id, count(*)::text n, max(data_version) v from submission_event where type = 'created' group by submission_id`);
    const ev = new Map(events.map((e) => [e.submission_id, e]));
    const facts = await w.db.sql<{ submission_id: string; field: string; value: string }>(`select submission_id, field, value from fact where form_code = 'test-register'`);
    for (const r of rows) {
      expect(ev.get(r.id)?.n, `history of ${r.id}`).toBe('1');
      expect(ev.get(r.id)?.v).toBe(r.version);
      const want = extractFacts(form, r.data).map((f) => `${f.field}=${f.value}`).sort();
      expect(facts.filter((f) => f.submission_id === r.id).map((f) => `${f.field}=${Number(f.value)}`).sort(), `facts of ${r.id}`).toEqual(want);
    }
    const [orphans] = await w.db.sql<{ n: string }>(`select count(*)::text n from submission_event e where not exists (select 1 from submission s where s.id = e.submission_id)`);
    expect(orphans.n).toBe('0');
  });
});

describe('graceful shutdown (rolling restart)', () => {
  it('SIGTERM stops accepting but lets the in-flight request finish and commit', async () => {
    const port = await freePort();
    const { proc, lines } = await startServer(port);
    const slow = post(port, 999, { 'x-test-delay-ms': '1500' });
    await new Promise((r) => setTimeout(r, 300));
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
    proc.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    await expect(post(port, 1000)).rejects.toThrow();
    const res = await slow;
    expect(res.status).toBe(201);
    const id = ((await res.json()) as { id: string }).id;
    expect(await exited).toBe(0);
    expect(lines).toEqual(expect.arrayContaining(['draining', 'stopped']));
    expect((await w.db.sql(`select 1 from submission where id = $1`, [id])).length).toBe(1);
  });
});
