// `npm run bench -- submit`: submissions per second through the HTTP API (a 200-field record
// created and SUBMITted: validation, workflow, history, facts, notifications) in one call
// (POST records with `event`) and in two (POST records, then POST events), with p50/p95 latency
// and the CPU each costs in Node and in PostgreSQL, next to a raw INSERT of the same JSON into
// the same PostgreSQL; then rows per second of an Excel import of 100,000 register rows. Each
// figure is the median of 3 rounds.
//
// HTTP: a plain node:http server in this process hands each request to the very route handler
// functions Next.js would call (apiRoute → auth → service). It measures the product's request
// path without a production Next build; Next's router adds its own (constant) overhead on top.
// The job queue runs as in production (startJobs, without cron schedules): notifications and
// e-mail are queued on pg-boss after the commit and delivered by its worker in this process,
// not inline in the request (that inline path is only the fallback for the CLI and tests).
// BENCH_ROUNDS, BENCH_SUBMISSIONS, BENCH_CLIENTS, BENCH_IMPORT_ROWS shorten or widen a run.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import pg from 'pg';
import ExcelJS from 'exceljs';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres } from '@/server/db/embedded';
import { ormConfig } from '@/server/db/config';
import { migrate, setOrm } from '@/server/db/orm';
import { startJobs, stopJobs } from '@/server/jobs/boss';
import { loadDefinitions } from '@/engine/definitions/loader';
import { POST as createRecord } from '@/app/api/v1/forms/[code]/records/route';
import { POST as postEvent } from '@/app/api/v1/submissions/[id]/events/route';
import { insertJob } from '@/server/services/registers/import-jobs';
import { runImport } from '@/server/services/registers/run-import';
import { makeAccount, type TestAccount } from '@/tests/support/fixtures/accounts';
import { cpuMark, cpuSince } from './support/cpu-time';

const FIELDS = 200, CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16), ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PER_ROUND = Number(process.env.BENCH_SUBMISSIONS ?? 500), IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const field = (i: number) => `f${String(i).padStart(3, '0')}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

const WIDE = {
  kind: 'form', code: 'bench-wide', version: 1, title: { vi: 'Phiếu 200 chỉ tiêu', en: '200-field record' },
  formKind: 'register', workflow: 'test-three-level', enteredAt: ['commune'],
  schema: { type: 'object', properties: Object.fromEntries([...Array(FIELDS)].map((_, i) => [field(i + 1), { type: 'integer', minimum: 0, title: `Chỉ tiêu ${i + 1}` }])) },
  rules: { validations: [...Array(20)].map((_, i) => ({ id: `r${i}`, severity: 'error', field: field(2 * i + 2),
    logic: { '<=': [{ var: field(2 * i + 2) }, { '+': [{ var: field(2 * i + 1) }, 1000] }] }, message: { vi: `Quy tắc ${i}`, en: `Rule ${i}` } })) },
  aggregate: [...Array(FIELDS)].map((_, i) => ({ field: field(i + 1), fn: 'sum' })),
};
const NARROW = {
  kind: 'form', code: 'bench-register', version: 1, title: { vi: 'Sổ hộ (đo hiệu năng)', en: 'Household register (bench)' },
  formKind: 'register', workflow: 'test-three-level', enteredAt: ['commune'], uiSchema: { 'ui:order': ['name', 'born', 'gender', 'members', 'income', 'village'] },
  schema: { type: 'object', required: ['name', 'members'], properties: {
    name: { type: 'string', title: 'Họ và tên' }, born: { type: 'string', format: 'date', title: 'Ngày sinh' },
    gender: { type: 'string', title: 'Giới tính', oneOf: [{ const: 'M', title: 'Nam' }, { const: 'F', title: 'Nữ' }] },
    members: { type: 'integer', minimum: 1, title: 'Số nhân khẩu' }, income: { type: 'number', minimum: 0, title: 'Thu nhập' },
    village: { type: 'string', title: 'Thôn' } } },
  rules: { validations: [{ id: 'members-max', severity: 'error', field: 'members', logic: { '<=': [{ var: 'members' }, 30] }, message: { vi: 'Quá 30', en: 'Over 30' } }] },
  aggregate: [{ field: 'members', fn: 'sum' }],
};

async function install(sql: pg.Client): Promise<Record<string, string>> {
  const fixtures = path.resolve('tests/support/fixtures/forms');
  const files = ['workflow.json', 'period.json'].map((f) => ({ file: f, text: fs.readFileSync(path.join(fixtures, f), 'utf8') }))
    .concat([WIDE, NARROW].map((d) => ({ file: `${d.code}.json`, text: JSON.stringify(d) })));
  const loaded = loadDefinitions(files);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${i.file}${i.pointer}: ${i.message}`).join('\n'));
  for (const { text } of files) {
    const b = JSON.parse(text) as { kind: string; code: string; version: number };
    await sql.query(`insert into definition (kind, code, version, body, hash, status) values ($1, $2, $3, $4::jsonb, $5, 'published')`,
      [b.kind, b.code, b.version, text, createHash('sha256').update(text).digest('hex')]);
  }
  const ids: Record<string, string> = {};
  for (const [code, level, parent] of [['VN', 'country', null], ['P1', 'province', 'VN'], ['D1', 'district', 'P1'], ['C1', 'commune', 'D1']] as const) {
    const { rows: [u] } = await sql.query(`insert into org_unit (code, name, level, valid_from) values ($1, $1, $2, '2000-01-01') returning id`, [code, level]);
    ids[code] = u.id;
    if (parent) await sql.query(`insert into org_unit_parent (unit_id, parent_id, valid_from) values ($1, $2, '2000-01-01')`, [u.id, ids[parent]]);
  }
  await sql.query('select rebuild_org_unit_closure()');
  return ids;
}

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const ROUTES: [RegExp, string, Handler, string[]][] = [
  [/^\/api\/v1\/forms\/([^/]+)\/records$/, 'POST', createRecord as Handler, ['code']],
  [/^\/api\/v1\/submissions\/([^/]+)\/events$/, 'POST', postEvent as Handler, ['id']],
];

function serve(): Promise<http.Server> {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://bench');
    const route = ROUTES.find(([re, method]) => method === req.method && re.test(url.pathname));
    if (!route) { res.writeHead(404).end(); return; }
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const m = route[0].exec(url.pathname)!;
    const params = Object.fromEntries(route[3].map((k, i) => [k, decodeURIComponent(m[i + 1])]));
    const request = new Request(url, { method: req.method, headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) });
    const out = await route[2](request, { params: Promise.resolve(params) });
    res.writeHead(out.status, Object.fromEntries(out.headers.entries())).end(Buffer.from(await out.arrayBuffer()));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
function post(port: number, pathName: string, token: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request({ port, path: pathName, method: 'POST', agent, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(parts).toString() || '{}') }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

const wideData = (n: number) => Object.fromEntries([...Array(FIELDS)].map((_, i) => [field(i + 1), (n * 7 + i * 13) % 500]));

/** N operations over CLIENTS concurrent loops; returns ops/s and per-op latencies. */
async function load(n: number, op: (i: number, client: number) => Promise<void>): Promise<{ rate: number; lat: number[] }> {
  const lat: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all([...Array(CLIENTS)].map(async (_, client) => {
    for (let i = next++; i < n; i = next++) { const t = performance.now(); await op(i, client); lat.push(performance.now() - t); }
  }));
  return { rate: n / ((performance.now() - t0) / 1000), lat };
}

async function workbook(rows: number): Promise<Buffer> {
  const file = path.join(os.tmpdir(), `bench-import-${process.pid}.xlsx`);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const ws = wb.addWorksheet('Dữ liệu');
  ws.addRow(['Họ và tên', 'Ngày sinh', 'Giới tính', 'Số nhân khẩu', 'Thu nhập', 'Thôn']).commit();
  ws.addRow(['name', 'born', 'gender', 'members', 'income', 'village']).commit();
  for (let i = 0; i < rows; i++) ws.addRow([`Nguyễn Thị Hộ ${i}`, `${(i % 28) + 1}/${(i % 12) + 1}/19${50 + (i % 50)}`, i % 2 ? 'Nữ' : 'Nam', (i % 9) + 1, (i % 40) / 4, `Thôn ${i % 12}`]).commit();
  ws.commit();
  await wb.commit();
  const buf = fs.readFileSync(file);
  fs.rmSync(file);
  return buf;
}

export async function run(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vgf-bench-submit-'));
  // Durable PostgreSQL settings by default (fsync, synchronous commit); BENCH_EPHEMERAL=1 turns them off to compare.
  // BENCH_STATEMENTS=1: pg_stat_statements on, and the statements of the one-call path printed by total time.
  const statements = process.env.BENCH_STATEMENTS === '1';
  const pgData = path.join(tmp, 'data');
  const pgServer = await startEmbeddedPostgres({ dataDir: pgData, ephemeral: process.env.BENCH_EPHEMERAL === '1',
    settings: statements ? ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all'] : [] });
  const admin = new pg.Client(pgServer.url('postgres'));
  await admin.connect();
  await admin.query('create database bench');
  await admin.end();
  const orm = await MikroORM.init(ormConfig(pgServer.url('bench'), { poolMax: 2 * CLIENTS + 4 }));
  const sql = new pg.Client(pgServer.url('bench'));
  const raw = new pg.Pool({ connectionString: pgServer.url('bench'), max: CLIENTS });
  let server: http.Server | null = null;
  try {
    await migrate(orm);
    setOrm(orm);
    await startJobs(orm, { schedule: false });
    console.log('job queue: started (pg-boss), notifications are queued after commit as in production');
    await sql.connect();
    const units = await install(sql);
    // One officer per client, as in real use (and each token has its own rate-limit window).
    const officers: TestAccount[] = [];
    for (let c = 0; c < CLIENTS; c++) officers.push(await makeAccount({ username: `canbo.bench${c}`, unitId: units.C1, roles: [{ role: 'data_entry', unitId: units.C1 }] }));
    const officer = officers[0];
    await makeAccount({ username: 'duyet.bench', unitId: units.D1, roles: [{ role: 'approver', unitId: units.D1 }] });
    server = await serve();
    const port = (server.address() as { port: number }).port;
    // One call: the record is created and submitted by the same request (an integrator pushing finished records).
    const oneCall = async (i: number, client: number) => {
      const res = await post(port, '/api/v1/forms/bench-wide/records', officers[client].token, { unitCode: 'C1', data: wideData(i), event: { type: 'SUBMIT' } });
      if (res.status !== 201 || res.json.status !== 'submitted') throw new Error(`create+submit ${res.status} ${JSON.stringify(res.json)}`);
    };
    // Two calls: create the draft, then POST the SUBMIT event (the officer's path through the UI).
    const twoCalls = async (i: number, client: number) => {
      const token = officers[client].token;
      const created = await post(port, '/api/v1/forms/bench-wide/records', token, { unitCode: 'C1', data: wideData(i) });
      if (created.status !== 201) throw new Error(`create ${created.status} ${JSON.stringify(created.json)}`);
      const sent = await post(port, `/api/v1/submissions/${created.json.id}/events`, token, { type: 'SUBMIT', expectedVersion: created.json.version });
      if (sent.status !== 200) throw new Error(`submit ${sent.status} ${JSON.stringify(sent.json)}`);
    };
    const rawOne = async (i: number) => {
      await raw.query(`insert into submission (form_code, form_version, kind, unit_id, ref_date, data, workflow_code, workflow_version, state, snapshot, status, created_at, updated_at)
        values ('bench-raw', 1, 'register', $1, current_date, $2::jsonb, 'w', 1, 'draft', '{"value":"draft"}', 'draft', now(), now())`, [units.C1, JSON.stringify(wideData(i))]);
    };
    await load(100, oneCall);
    await load(100, twoCalls);
    await load(100, rawOne);
    type Run = { rate: number; p50: number; p95: number; node: number; pg: number };
    const measure = async (op: (i: number, client: number) => Promise<void>): Promise<Run> => {
      const mark = cpuMark(pgData);
      const a = await load(PER_ROUND, op);
      const cpu = cpuSince(pgData, mark);
      return { rate: a.rate, p50: pct(a.lat, 0.5), p95: pct(a.lat, 0.95), node: cpu.node / PER_ROUND, pg: cpu.pg / PER_ROUND };
    };
    const runs: Record<'one' | 'two' | 'raw', Run[]> = { one: [], two: [], raw: [] };
    const say = (x: Run) => `${x.rate.toFixed(0)}/s (p50 ${x.p50.toFixed(1)} ms, p95 ${x.p95.toFixed(1)} ms; CPU each: Node ${x.node.toFixed(2)} ms, PostgreSQL ${x.pg.toFixed(2)} ms)`;
    if (statements) {
      await sql.query('create extension if not exists pg_stat_statements');
      await sql.query('select pg_stat_statements_reset()');
      await measure(oneCall);
      const { rows } = await sql.query(`select calls, round(total_exec_time::numeric, 0) total_ms, round((total_exec_time / calls)::numeric, 3) mean_ms,
          left(regexp_replace(query, '\\s+', ' ', 'g'), 150) query from pg_stat_statements order by total_exec_time desc limit 25`);
      console.log(`pg_stat_statements over ${PER_ROUND} one-call submissions:`);
      for (const r of rows) console.log(`${String(r.total_ms).padStart(7)} ms ${String(r.calls).padStart(6)}× ${String(r.mean_ms).padStart(8)} ms  ${r.query}`);
    }
    for (let r = 0; r < ROUNDS; r++) {
      runs.one.push(await measure(oneCall));
      runs.two.push(await measure(twoCalls));
      runs.raw.push(await measure(rawOne));
      console.log(`round ${r + 1}: one call ${say(runs.one[r])}; two calls ${say(runs.two[r])}; raw INSERT ${say(runs.raw[r])}`);
    }
    const med = (xs: Run[], k: keyof Run) => median(xs.map((x) => x[k]));
    const rawRate = med(runs.raw, 'rate');
    console.log(`\nSubmissions through the HTTP API (${FIELDS} fields: validate, workflow, history, facts, notify; ${CLIENTS} clients, ${PER_ROUND} per round, median of ${ROUNDS}):`);
    console.log('| path | per second | p50 ms | p95 ms | Node CPU ms each | PostgreSQL CPU ms each | raw ÷ path |\n|---|---|---|---|---|---|---|');
    for (const [label, xs] of [['one call: POST records with event SUBMIT', runs.one], ['two calls: POST records, then POST events SUBMIT', runs.two], ['raw INSERT of the same JSON (baseline)', runs.raw]] as const) {
      console.log(`| ${label} | ${med(xs, 'rate').toFixed(0)} | ${med(xs, 'p50').toFixed(1)} | ${med(xs, 'p95').toFixed(1)} | ${med(xs, 'node').toFixed(2)} | ${med(xs, 'pg').toFixed(2)} | ${(rawRate / med(xs, 'rate')).toFixed(1)}× |`);
    }
    const cores = os.cpus().length;
    const ceiling = (xs: Run[]) => ((cores * 1000) / (med(xs, 'node') + med(xs, 'pg'))).toFixed(0);
    console.log(`target ≥ 300 submissions/s. CPU ceiling on ${cores} cores if nothing else ran (cores ÷ CPU per submission): one call ${ceiling(runs.one)}/s, two calls ${ceiling(runs.two)}/s; Node alone (one thread) caps one call at ${(1000 / med(runs.one, 'node')).toFixed(0)}/s`);

    const file = await workbook(IMPORT_ROWS);
    const rates: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const em = orm.em.fork() as EntityManager;
      const id = await insertJob(em, { formCode: 'bench-register', formVersion: 1, unitId: units.C1, accountId: officer.id, mode: 'all-or-nothing', fileName: 'bench.xlsx', file, at: new Date() });
      const t = performance.now();
      const job = await runImport(em, id);
      const secs = (performance.now() - t) / 1000;
      if (job?.status !== 'done' || job.written !== IMPORT_ROWS) throw new Error(`import ${job?.status} ${job?.message ?? ''} ${JSON.stringify(job?.errors.slice(0, 3))}`);
      rates.push(IMPORT_ROWS / secs);
      console.log(`import round ${r + 1}: ${IMPORT_ROWS} rows in ${secs.toFixed(1)} s = ${(IMPORT_ROWS / secs).toFixed(0)} rows/s`);
    }
    console.log(`\nExcel import of ${IMPORT_ROWS} register rows (${(file.length / 1e6).toFixed(1)} MB; stream read + rules + one transaction), median of ${ROUNDS}: ${median(rates).toFixed(0)} rows/s (target ≥ 2,000)`);
  } finally {
    server?.close();
    agent.destroy();
    await stopJobs().catch(() => {});
    await raw.end().catch(() => {});
    await sql.end().catch(() => {});
    await orm.close(true);
    await pgServer.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
