// RPT-2, DESIGN §4: a report over the whole pre-reform country (10,035 communes) takes the
// sliced, parallel aggregation path (fact-sql.ts: slices by whole report rows, or by unit
// ranges merged in the leader). Every figure is recomputed here in plain JS from the values
// the test wrote, for approved-only and for everything submitted.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createTestDb, type TestDb } from '../support/test-db';
import { importCatalogFile } from '@/server/services/units/import-catalog-file';
import { getReport, type ReportResult } from '@/server/reports/get-report';
import { aggregationSql } from '@/server/reports/fact-sql';
import type { Actor } from '@/engine/access/actor';
import { installReportDefinitions } from '../unit/engine/reports/fixtures/install';

const CATALOG = path.resolve('../shared/catalogs/vn-admin-units/units-2025-pre-reform-three-level.json');
const STATUSES = ['approved', 'submitted', 'approved', 'draft', 'returned', 'approved', 'in-review'] as const;
interface Commune { id: string; code: string; province: string; n: number; status: (typeof STATUSES)[number] }

let db: TestDb;
let admin: Actor;
let communes: Commune[];

// Deterministic values from the commune's position (households, poor, nearPoor, income).
const values = (n: number) => ({ households: 100 + ((n * 37) % 900), poor: (n * 13) % 90, nearPoor: (n * 7) % 60, income: 500 + ((n * 91) % 1000) / 4 });

beforeAll(async () => {
  db = await createTestDb();
  await importCatalogFile(db.orm.em.fork() as EntityManager, CATALOG, { validFrom: '1945-09-02', validTo: '2025-06-30' });
  await installReportDefinitions(db);
  const [vn] = await db.sql<{ id: string }>(`select id from org_unit where level = 'country'`);
  const root = { id: vn.id, code: 'VN', level: 'country', ancestorIds: [] };
  admin = { accountId: 'test', username: 'admin', kind: 'person', homeUnit: root, grants: [{ role: 'system_admin', unit: root, domain: null }] };
  const rows = await db.sql<{ id: string; code: string; province: string }>(
    `select c.id, c.code, p.code province from org_unit c
       join org_unit_closure k on k.descendant_id = c.id join org_unit p on p.id = k.ancestor_id and p.level = 'province'
      where c.level = 'commune' order by c.code`);
  communes = rows.map((r, n) => ({ ...r, n, status: STATUSES[n % STATUSES.length] }));
  // Set-based, as the facts' author would write them (not through the code under test).
  await db.sql(
    `with c as (select * from unnest($1::uuid[], $2::int[], $3::text[]) c(unit_id, n, status)),
     s as (insert into submission (form_code, form_version, kind, unit_id, period_key, ref_date, workflow_code, workflow_version, state, snapshot, status, created_at, updated_at)
           select 'rpt-poverty', 1, 'report', unit_id, '2024', '2024-12-31', 'test-three-level', 1, status, '{}'::jsonb, status, now(), now() from c
           returning id, unit_id, status)
     insert into fact (submission_id, form_code, form_version, unit_id, period_key, field, category, value, status, approved)
     select s.id, 'rpt-poverty', 1, s.unit_id, '2024', v.field, null, v.value, s.status, s.status = 'approved'
       from s join c on c.unit_id = s.unit_id
       cross join lateral (values ('households', (100 + (c.n * 37) % 900)::numeric), ('poor', ((c.n * 13) % 90)::numeric),
                                  ('nearPoor', ((c.n * 7) % 60)::numeric), ('income', 500 + ((c.n * 91) % 1000)::numeric / 4)) v(field, value)`,
    [communes.map((c) => c.id), communes.map((c) => c.n), communes.map((c) => c.status)],
  );
}, 180_000);
afterAll(async () => { await db?.close(); });

function expected(state: 'approved' | 'submitted', key: (c: Commune) => string) {
  const out = new Map<string, { households: number; poor: number; nearPoor: number; incomeSum: number; incomeMax: number; incomeMin: number; reports: number }>();
  for (const c of communes.filter((x) => (state === 'approved' ? x.status === 'approved' : x.status !== 'draft'))) {
    const v = values(c.n);
    const e = out.get(key(c)) ?? { households: 0, poor: 0, nearPoor: 0, incomeSum: 0, incomeMax: -Infinity, incomeMin: Infinity, reports: 0 };
    e.households += v.households; e.poor += v.poor; e.nearPoor += v.nearPoor; e.incomeSum += v.income;
    e.incomeMax = Math.max(e.incomeMax, v.income); e.incomeMin = Math.min(e.incomeMin, v.income); e.reports += 1;
    out.set(key(c), e);
  }
  return out;
}

function expectRow(values: Record<string, number | null>, e: ReturnType<typeof expected> extends Map<string, infer V> ? V : never) {
  expect(values.households).toBe(e.households);
  expect(values.poor).toBe(e.poor);
  expect(values.nearPoor).toBe(e.nearPoor);
  expect(values.income).toBeCloseTo(e.incomeSum / e.reports, 9);
  expect(values.incomeMax).toBe(e.incomeMax);
  expect(values.incomeMin).toBe(e.incomeMin);
  expect(values.reports).toBe(e.reports);
}

const rowsOf = (r: ReportResult) => r.rows.filter((x) => x.kind === 'row');
const report = (q: Parameters<typeof getReport>[4]) => getReport(db.orm.em.fork(), admin, '2025-01-15', 'rpt-poverty-summary', q);

describe.each(['approved', 'submitted'] as const)('whole country, %s', (state) => {
  it('by province: 63 rows from slices of whole provinces run in parallel', async () => {
    const r = await report({ period: '2024', date: '2024-12-31', state });
    const exp = expected(state, (c) => c.province);
    expect(rowsOf(r)).toHaveLength(63);
    for (const row of rowsOf(r)) expectRow(row.values, exp.get(row.code!)!);
    expectRow(r.rows.at(-1)!.values, expected(state, () => 'all').get('all')!);
  });

  it('as one country row: slices by unit range, merged exactly in the leader', async () => {
    const r = await report({ period: '2024', date: '2024-12-31', state, level: 'country' });
    expect(rowsOf(r)).toHaveLength(1);
    expectRow(rowsOf(r)[0].values, expected(state, () => 'all').get('all')!);
  });
});

describe('the plan the tests above ran', () => {
  it('cuts 10,035 units into three slices: by province when rows balance, by range when one row holds them all', () => {
    const q = { forms: ['rpt-poverty'], periodKeys: ['2024'], fields: ['households'], state: 'approved', byCategory: false, minMax: false } as Parameters<typeof aggregationSql>[0];
    const units = communes.map((c) => c.id);
    const byProvince = aggregationSql(q, units, communes.map((c) => Number(c.province)));
    expect(byProvince.sql.match(/from fact_vector/g)).toHaveLength(3);
    expect(byProvince.sql).not.toMatch(/unit_id >= '/);
    const oneRow = aggregationSql(q, units, units.map(() => 0));
    expect(oneRow.sql.match(/from fact_vector/g)).toHaveLength(3);
    expect(oneRow.sql).toMatch(/unit_id >= '/);
  });
});
