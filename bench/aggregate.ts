// Live aggregation on the whole pre-reform country (63 provinces, 10,035 communes): 1 M facts
// (100 numeric fields per commune, one period) plus 1 M household-record facts, then the
// country report by province and a province report by commune through the report service,
// each against a hand-written GROUP BY over a flat table of the same numbers (the floor).
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import { openBenchDb } from './support/bench-db';
import { importCatalogFile } from '@/server/services/units/import-catalog-file';
import { getReport } from '@/server/reports/get-report';
import { aggregateFacts, unitMapSql } from '@/server/reports/aggregate-facts';
import { aggregationSql } from '@/server/reports/fact-sql';
import type { Actor } from '@/engine/access/actor';

const RUNS = 5;
const FIELDS = Array.from({ length: 100 }, (_, i) => `f${String(i + 1).padStart(3, '0')}`);
const CATALOG = path.resolve('../shared/catalogs/vn-admin-units/units-2025-pre-reform-three-level.json');
const FIXTURES = 'tests/support/fixtures/forms';

const FORM = {
  kind: 'form', code: 'bench-form', version: 1, title: { vi: 'Biểu đo hiệu năng' }, formKind: 'report', period: 'test-yearly',
  workflow: 'test-three-level', enteredAt: ['commune'],
  schema: { type: 'object', properties: Object.fromEntries(FIELDS.map((f) => [f, { type: 'number' }])) },
  aggregate: FIELDS.map((field) => ({ field, fn: 'sum' })),
};
const REPORT = {
  kind: 'report', code: 'bench-report', version: 1, title: { vi: 'Báo cáo đo hiệu năng' }, form: 'bench-form',
  rows: { by: 'unit-level', level: 'province' }, totals: { subtotalsBy: 'district', grandTotal: true },
  columns: FIELDS.map((f) => ({ key: f, title: { vi: f }, value: { field: f, fn: 'sum' } })),
};

const FLOOR = (where: string, by: string) => `select ${by}, field, sum(value), count(*) from flat ${where} group by 1, 2`;

async function install(client: pg.Client): Promise<void> {
  const texts = [...['period.json', 'workflow.json'].map((f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8')), JSON.stringify(FORM), JSON.stringify(REPORT)];
  for (const text of texts) {
    const b = JSON.parse(text) as { kind: string; code: string; version: number };
    await client.query(`insert into definition (kind, code, version, body, hash, status) values ($1, $2, $3, $4::jsonb, $5, 'published')`,
      [b.kind, b.code, b.version, text, createHash('sha256').update(text).digest('hex')]);
  }
}

async function load(client: pg.Client): Promise<void> {
  const sub = (form: string, kind: string, period: string | null, n: string) => `insert into submission (form_code, form_version, kind, unit_id, period_key, ref_date,
      workflow_code, workflow_version, state, snapshot, status, created_at, updated_at, submitted_at, approved_at)
    select '${form}', 1, '${kind}', u.id, ${period}, '2024-12-31', 'test-three-level', 1, 'approved', '{}', 'approved', now(), now(), now(), now()
      from org_unit u ${n} where u.level = 'commune'`;
  await client.query(sub('bench-form', 'report', `'2024'`, ''));
  await client.query(`insert into fact (submission_id, form_code, form_version, unit_id, period_key, field, category, value, status, approved)
    select s.id, s.form_code, 1, s.unit_id, '2024', 'f' || lpad(g::text, 3, '0'), null, abs(hashtext(s.unit_id::text || g)) % 10000, 'approved', true
      from submission s cross join generate_series(1, 100) g where s.form_code = 'bench-form'`);
  // 1,000,000 household records spread over the communes, one fact each (members by ethnic group).
  await client.query(`insert into submission (form_code, form_version, kind, unit_id, period_key, subject_key, ref_date, workflow_code, workflow_version,
      state, snapshot, status, created_at, updated_at, submitted_at, approved_at)
    select 'bench-household', 1, 'register', c.ids[1 + g % array_length(c.ids, 1)], null, g::text, '2024-12-31', 'test-three-level', 1, 'approved', '{}', 'approved', now(), now(), now(), now()
      from (select array_agg(id order by code) ids from org_unit where level = 'commune') c,
           generate_series(1, 1000000) g`);
  await client.query(`insert into fact (submission_id, form_code, form_version, unit_id, period_key, field, category, value, status, approved)
    select id, form_code, 1, unit_id, null, 'members', lpad((abs(hashtext(id::text)) % 54 + 1)::text, 2, '0'), abs(hashtext(subject_key)) % 8 + 1, 'approved', true
      from submission where form_code = 'bench-household'`);
  await client.query(`create table flat as
    select u.code unit_code, p.code province_code, f.field, f.value
      from fact f join org_unit u on u.id = f.unit_id
      join org_unit_closure c on c.descendant_id = u.id and c.valid_from <= '2024-12-31' and (c.valid_to is null or c.valid_to >= '2024-12-31')
      join org_unit p on p.id = c.ancestor_id and p.level = 'province'
     where f.form_code = 'bench-form'`);
  await client.query('vacuum analyze');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export async function run(): Promise<void> {
  const db = await openBenchDb('agg');
  const { orm, client } = db;
  try {
    const em = orm.em.fork() as EntityManager;
    const tImport = await time(() => importCatalogFile(em, CATALOG, { validFrom: '1945-09-02', validTo: '2025-06-30' }));
    await install(client);
    const tLoad = await time(() => load(client));
    const { rows: [counts] } = await client.query(`select count(*) filter (where form_code = 'bench-form') a, count(*) filter (where form_code = 'bench-household') b from fact`);
    console.log(`Catalog import ${tImport.toFixed(0)} ms; facts loaded in ${(tLoad / 1000).toFixed(1)} s: ${counts.a} commune×field + ${counts.b} household facts`);
    const { rows: [vn] } = await client.query(`select id from org_unit where level = 'country'`);
    const { rows: [hn] } = await client.query(`select id from org_unit where level = 'province' and code = '01'`);
    const root = { id: vn.id, code: 'VN', level: 'country', ancestorIds: [] };
    const actor: Actor = { accountId: 'bench', username: 'bench', kind: 'person', homeUnit: root, grants: [{ role: 'system_admin', unit: root, domain: null }] };
    const cases = [
      { label: 'country by province (63 rows × 100 columns)', report: () => getReport(orm.em.fork(), actor, '2025-01-15', 'bench-report', { period: '2024', date: '2024-12-31' }),
        floor: FLOOR('', 'province_code') },
      { label: 'Hà Nội by commune, district subtotals (579 rows × 100 columns)', report: () => getReport(orm.em.fork(), actor, '2025-01-15', 'bench-report', { period: '2024', date: '2024-12-31', unit: hn.id, level: 'commune' }),
        floor: FLOOR(`where province_code = '01'`, 'unit_code') },
    ];
    for (const c of cases) { await c.report(); await client.query(c.floor); }
    if (process.env.BENCH_EXPLAIN) {
      const q = { scope: vn.id, date: '2024-12-31', refDate: '2024-12-31', level: 'province', groupLevel: 'district', forms: ['bench-form'], periodKeys: ['2024'], fields: FIELDS, allFields: true, state: 'approved' as const, byCategory: false, minMax: false };
      const t1 = performance.now();
      const { rows: map } = await client.query(unitMapSql(q));
      console.log(`unit map alone: ${(performance.now() - t1).toFixed(0)} ms, ${map.length} units`);
      const { sql, settings } = aggregationSql(q, map.map((m) => m.unit_id as string), map.map((_, i) => i % 63));
      const local = `select ${Object.entries({ enable_sort: 'off', ...settings }).map(([k, v]) => `set_config('${k}', '${v}', true)`).join(', ')}`;
      const inTx = async (text: string) => { await client.query('begin'); await client.query(local); const r = await client.query(text); await client.query('commit'); return r; };
      console.log(`aggregation SQL alone: ${(await time(() => inTx(sql))).toFixed(0)} ms`);
      console.log((await inTx(`explain (analyze, buffers) ${sql}`)).rows.map((r) => r['QUERY PLAN']).filter((l: string) => !/Index Cond|Function Call/.test(l)).join('\n'));
      for (let i = 0; i < 3; i++) {
        const em2 = orm.em.fork() as EntityManager;
        console.log(`aggregateFacts: ${(await time(() => aggregateFacts(em2, q))).toFixed(0)} ms; report: ${(await time(cases[0].report)).toFixed(0)} ms; SQL: ${(await time(() => inTx(sql))).toFixed(0)} ms; floor: ${(await time(() => client.query(cases[0].floor))).toFixed(0)} ms`);
      }
    }
    console.log(`\n${RUNS} runs each, medians (round-robin)`);
    console.log('| report | service ms | floor ms (flat GROUP BY) | ratio |');
    console.log('|---|---|---|---|');
    for (const c of cases) {
      const svc: number[] = [], floor: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        svc.push(await time(c.report));
        floor.push(await time(() => client.query(c.floor)));
      }
      console.log(`| ${c.label} | ${median(svc).toFixed(0)} | ${median(floor).toFixed(0)} | ${(median(svc) / median(floor)).toFixed(2)} |`);
    }
  } finally {
    await db.close();
  }
}
