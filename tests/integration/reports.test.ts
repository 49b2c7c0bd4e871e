// Live reports on the demo provinces across the 1 July 2025 reorganisation: every figure is
// recomputed here in plain JS from the rows the test inserted, for approved-only and for
// everything submitted, on the old tree, the new tree, by commune with district subtotals
// and backwards from the new tree to the old one where the succession allows it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/test-db';
import { seedDemoUnits } from '@/server/seed/demo-units';
import { getReport, type ReportResult } from '@/server/reports/get-report';
import type { Actor } from '@/engine/access/actor';
import { installReportDefinitions, insertSubmissions, type SeedSubmission } from '../unit/engine/reports/fixtures/install';

const FORM = 'rpt-poverty', CODE = 'rpt-poverty-summary';
const SUCCESSOR: Record<string, string> = { '04': '04', '06': '19', '84': '86' };
interface Commune { id: string; code: string; district: string; province: string }
interface Seeded extends SeedSubmission { c: Commune }

let db: TestDb;
let admin: Actor;
let old: Commune[];
let seeded: Seeded[];
let seeded2025: Seeded[] = [];

const values = (i: number) => ({ households: 200 + ((i * 37) % 300), poor: 10 + ((i * 13) % 50), nearPoor: 5 + ((i * 7) % 30), income: 1000 + ((i * 91) % 700) / 4 });
const STATUSES = ['approved', 'submitted', 'in-review', 'draft', 'approved', 'returned'] as const;

async function communes(date: string): Promise<Commune[]> {
  return db.sql<Commune>(
    `select c.id, c.code, d.code district, coalesce(p.code, d.code) province
       from org_unit c
       join org_unit_parent cp on cp.unit_id = c.id join org_unit d on d.id = cp.parent_id
       left join org_unit_parent dp on dp.unit_id = d.id and d.level = 'district' left join org_unit p on p.id = dp.parent_id
      where c.level = 'commune' and c.valid_from <= $1 and (c.valid_to is null or c.valid_to >= $1) order by c.code`,
    [date],
  );
}

/** Independent expectation: group the seeded rows, apply each column's function. */
function expected(rows: Seeded[], state: 'approved' | 'submitted', key: (s: Seeded) => string) {
  const keep = rows.filter((s) => (state === 'approved' ? s.status === 'approved' : s.status !== 'draft'));
  const out = new Map<string, Record<string, number>>();
  for (const s of keep) {
    const k = key(s);
    const e = out.get(k) ?? { households: 0, poor: 0, nearPoor: 0, incomeSum: 0, incomeMax: -Infinity, incomeMin: Infinity, reports: 0 };
    e.households += s.values.households; e.poor += s.values.poor; e.nearPoor += s.values.nearPoor;
    e.incomeSum += s.values.income; e.incomeMax = Math.max(e.incomeMax, s.values.income); e.incomeMin = Math.min(e.incomeMin, s.values.income); e.reports += 1;
    out.set(k, e);
  }
  return out;
}

function expectRow(values: Record<string, number | null>, e: Record<string, number> | undefined) {
  if (!e) { expect(values.households).toBeNull(); return; }
  expect(values.households).toBe(e.households);
  expect(values.poor).toBe(e.poor);
  expect(values.nearPoor).toBe(e.nearPoor);
  expect(values.poorRate).toBeCloseTo((e.poor / e.households) * 100, 9);
  expect(values.income).toBeCloseTo(e.incomeSum / e.reports, 9);
  expect(values.incomeMax).toBe(e.incomeMax);
  expect(values.incomeMin).toBe(e.incomeMin);
  expect(values.reports).toBe(e.reports);
}

const rowsOf = (r: ReportResult, kind = 'row') => r.rows.filter((x) => x.kind === kind);

beforeAll(async () => {
  db = await createTestDb();
  await seedDemoUnits(db.orm);
  await installReportDefinitions(db);
  const [vn] = await db.sql<{ id: string }>(`select id from org_unit where level = 'country'`);
  admin = { accountId: 'test', username: 'admin', kind: 'person', homeUnit: { id: vn.id, code: 'VN', level: 'country', ancestorIds: [] }, grants: [{ role: 'system_admin', unit: { id: vn.id, code: 'VN', level: 'country', ancestorIds: [] }, domain: null }] };
  old = await communes('2024-12-31');
  seeded = old.flatMap((c, i) => (i % 7 === 6 ? [] : [{ c, form: FORM, unitId: c.id, period: '2024', refDate: '2024-12-31', status: STATUSES[i % STATUSES.length], values: values(i) }]));
  await insertSubmissions(db, seeded);
});
afterAll(async () => { await db?.close(); });

const report = (q: Parameters<typeof getReport>[4]) => getReport(db.orm.em.fork(), admin, '2026-01-15', CODE, q);

describe.each(['approved', 'submitted'] as const)('poverty summary, %s', (state) => {
  it('sums by province on the pre-reform tree', async () => {
    const r = await report({ period: '2024', date: '2024-12-31', state });
    const exp = expected(seeded, state, (s) => s.c.province);
    expect(rowsOf(r).map((x) => x.code)).toEqual(['04', '06', '84']);
    for (const row of rowsOf(r)) expectRow(row.values, exp.get(row.code!));
    expectRow(r.rows.at(-1)!.values, expected(seeded, state, () => 'all').get('all'));
    expect(r.tree).toMatchObject({ date: '2024-12-31', mappedFacts: 0 });
  });

  it('rolls 2024 commune data into the 2025 provinces through the province successor links', async () => {
    const r = await report({ period: '2024', date: '2025-12-31', state });
    const exp = expected(seeded, state, (s) => SUCCESSOR[s.c.province]);
    expect(rowsOf(r).map((x) => x.code)).toEqual(['04', '19', '86']);
    for (const row of rowsOf(r)) expectRow(row.values, exp.get(row.code!));
    const facts = [...exp.values()].reduce((a, e) => a + e.reports * 4, 0);
    expect(r.tree).toEqual({ date: '2025-12-31', facts, mappedFacts: facts, unallocatedFacts: 0 });
  });

  it('lists communes of a province with district subtotals', async () => {
    const [p04] = await db.sql<{ id: string }>(`select id from org_unit where code = '04' and level = 'province' and valid_to = '2025-06-30'`);
    const r = await report({ period: '2024', date: '2024-12-31', state, unit: p04.id, level: 'commune' });
    const inP = seeded.filter((s) => s.c.province === '04');
    const byCommune = expected(inP, state, (s) => s.c.code);
    const byDistrict = expected(inP, state, (s) => s.c.district);
    expect(rowsOf(r)).toHaveLength(old.filter((c) => c.province === '04').length);
    for (const row of rowsOf(r)) expectRow(row.values, byCommune.get(row.code!));
    const subs = rowsOf(r, 'subtotal');
    expect(subs.map((s) => s.code)).toEqual([...new Set(old.filter((c) => c.province === '04').map((c) => c.district))].sort());
    for (const s of subs) expectRow(s.values, byDistrict.get(s.code!));
    expectRow(r.rows.at(-1)!.values, expected(inP, state, () => 'all').get('all'));
    expect(rowsOf(r)[0].drillDown).toBeNull();
  });

  it('keeps old-commune data of a new province in a labelled unallocated row', async () => {
    const [p19] = await db.sql<{ id: string }>(`select id from org_unit where code = '19' and level = 'province' and valid_from = '2025-07-01'`);
    const r = await report({ period: '2024', date: '2025-12-31', state, unit: p19.id, level: 'commune' });
    const exp = expected(seeded.filter((s) => s.c.province === '06'), state, () => 'all').get('all');
    expect(rowsOf(r).every((x) => x.values.households === null)).toBe(true);
    expectRow(rowsOf(r, 'unallocated')[0].values, exp);
    expectRow(r.rows.at(-1)!.values, exp);
    expect(r.tree.unallocatedFacts).toBe(exp!.reports * 4);
  });
});

describe('backwards to the pre-reform tree', () => {
  it('maps a two-level province to its only predecessor over a full link, and refuses a merged one', async () => {
    const now = await communes('2025-12-31');
    const subs = now.map((c, i) => ({ c, form: FORM, unitId: c.id, period: '2025', refDate: '2025-12-31', status: 'approved' as const, values: values(i + 3) }));
    await insertSubmissions(db, subs);
    seeded2025 = subs;
    const before = await report({ period: '2025', date: '2025-06-30', state: 'approved' });
    const exp = expected(subs, 'approved', (s) => Object.keys(SUCCESSOR).find((k) => SUCCESSOR[k] === s.c.province)!);
    for (const row of rowsOf(before)) expectRow(row.values, exp.get(row.code!));
    // A second predecessor of 19: its data can no longer be split back onto the old 06.
    const [x] = await db.sql<{ id: string }>(`insert into org_unit (code, name, level, valid_from, valid_to) values ('X9', 'Tỉnh Giả', 'province', '2000-01-01', '2025-06-30') returning id`);
    const [p19] = await db.sql<{ id: string }>(`select id from org_unit where code = '19' and level = 'province' and valid_from = '2025-07-01'`);
    await db.sql(`insert into org_unit_succession (predecessor_id, successor_id, effective_date, mapping) values ($1, $2, '2025-07-01', 'full')`, [x.id, p19.id]);
    await db.sql(`select rebuild_org_unit_closure()`);
    const after = await report({ period: '2025', date: '2025-06-30', state: 'approved' });
    expect(rowsOf(after).find((r) => r.code === '06')!.values.households).toBeNull();
    expectRow(rowsOf(after).find((r) => r.code === '04')!.values, exp.get('04'));
  });

  it('reports a phase of a yearly form as every year inside it (PER-4), on the tree of its end', async () => {
    const r = await report({ period: '2024-2025', date: '2025-12-31', state: 'submitted' });
    expect(r.period).toMatchObject({ key: '2024-2025', keys: ['2024', '2025'], start: '2024-01-01', end: '2025-12-31' });
    const exp = expected([...seeded.map((s) => ({ ...s, c: { ...s.c, province: SUCCESSOR[s.c.province] } })), ...seeded2025], 'submitted', (s) => s.c.province);
    for (const row of rowsOf(r)) expectRow(row.values, exp.get(row.code!));
  });

  it('is live: an approval is in the next report', async () => {
    const draft = seeded.find((s) => s.status === 'submitted')!;
    const before = await report({ period: '2024', date: '2024-12-31', state: 'approved' });
    await db.sql(`update fact set status = 'approved', approved = true where unit_id = $1 and period_key = '2024'`, [draft.unitId]);
    const after = await report({ period: '2024', date: '2024-12-31', state: 'approved' });
    expect(after.rows.at(-1)!.values.households).toBe(before.rows.at(-1)!.values.households! + draft.values.households);
  });
});
