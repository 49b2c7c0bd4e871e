// Completeness and timeliness (RPT-7) on the small tree with a merger: commune C2 is closed
// on 30 June 2024 and merged into C1. For the 2024 period the merged unit is not expected,
// its late submission is not counted, C1 is counted once, and no rate exceeds 100%.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/test-db';
import { insertSmallTree, type SmallTree } from '../support/fixtures/small-tree';
import { getCompleteness } from '@/server/reports/get-completeness';
import type { Actor } from '@/engine/access/actor';
import { installReportDefinitions, insertSubmissions } from '../unit/engine/reports/fixtures/install';
import { makeAccount } from '../support/fixtures/accounts';
import { GET } from '@/app/api/v1/completeness/route';

let db: TestDb;
let tree: SmallTree;
let admin: Actor;

beforeAll(async () => {
  db = await createTestDb();
  tree = await insertSmallTree(db);
  await installReportDefinitions(db);
  // C2 merges into C1 on 1 July 2024; C1 moves from D1 straight under P1 on the same day (two closure intervals).
  await db.sql(`update org_unit set valid_to = '2024-06-30' where id = $1`, [tree.C2]);
  await db.sql(`update org_unit_parent set valid_to = '2024-06-30' where unit_id = any($1::uuid[])`, [[tree.C2, tree.C1]]);
  await db.sql(`insert into org_unit_parent (unit_id, parent_id, valid_from) values ($1, $2, '2024-07-01')`, [tree.C1, tree.P1]);
  await db.sql(`insert into org_unit_succession (predecessor_id, successor_id, effective_date) values ($1, $2, '2024-07-01')`, [tree.C2, tree.C1]);
  await db.sql(`select rebuild_org_unit_closure()`);
  const vn = { id: tree.VN, code: 'VN', level: 'country', ancestorIds: [] };
  admin = { accountId: 't', username: 'admin', kind: 'person', homeUnit: vn, grants: [{ role: 'system_admin', unit: vn, domain: null }] };
  const base = { form: 'test-report', period: '2024', refDate: '2024-12-31', values: { households: 1 } };
  await insertSubmissions(db, [
    { ...base, unitId: tree.C1, status: 'approved', submittedAt: '2025-03-31T16:00:00Z' }, // 23:00 on 31/3 in Hanoi: on time
    { ...base, unitId: tree.C2, status: 'submitted', submittedAt: '2025-05-01T03:00:00Z' },
    { ...base, unitId: tree.C3, status: 'submitted', submittedAt: '2025-03-31T17:30:00Z' }, // 00:30 on 1/4 in Hanoi: late
  ]);
});
afterAll(async () => { await db?.close(); });

const run = (q: { unit?: string; period?: string }) =>
  getCompleteness(db.orm.em.fork(), admin, '2025-06-01', { form: 'test-report', period: q.period ?? '2024', unit: q.unit ?? tree.VN, date: '2024-12-31' });

describe('completeness with a merged unit', () => {
  it('expects only units valid on the reference date, each once', async () => {
    const r = await run({});
    expect(r.units.map((u) => u.code)).toEqual(['C1', 'C3']);
    expect(r.summary).toMatchObject({ expected: 2, received: 2, approved: 1, onTime: 1, late: 1, missing: 0, receivedRate: 100, approvedRate: 50, onTimeRate: 50 });
    for (const g of [r.summary, ...r.byLevel, ...r.byUnit]) expect(g.receivedRate ?? 0).toBeLessThanOrEqual(100);
    expect(r.byUnit.map((g) => [g.unit?.code, g.expected])).toEqual([['P1', 1], ['P2', 1]]);
  });

  it('expects the merged unit in a period before the merger, and lists what is missing', async () => {
    const r = await getCompleteness(db.orm.em.fork(), admin, '2025-06-01', { form: 'test-report', period: '2023', unit: tree.P1, date: '2023-12-31' });
    expect(r.units.map((u) => u.code)).toEqual(['C1', 'C2']);
    expect(r.summary).toMatchObject({ expected: 2, received: 0, missing: 2, receivedRate: 0 });
    expect(r.missing.map((u) => u.code)).toEqual(['C1', 'C2']);
  });

  it('answers through GET /api/v1/completeness within the caller scope', async () => {
    const p2 = await makeAccount({ username: 'xem.p2', unitId: tree.P2, roles: [{ role: 'viewer', unitId: tree.P2 }] });
    const get = async (q: string) => {
      const res = await GET(new Request(`http://x/api/v1/completeness?${q}`, { headers: { authorization: `Bearer ${p2.token}` } }), { params: Promise.resolve({}) });
      return { status: res.status, body: await res.json() };
    };
    const own = await get('form=test-report&period=2024&date=2024-12-31');
    expect(own.status).toBe(200);
    expect(own.body.unit.code).toBe('P2');
    expect(own.body.summary).toMatchObject({ expected: 1, received: 1, late: 1 });
    expect((await get(`form=test-report&period=2024&date=2024-12-31&unit=${tree.P1}`)).status).toBe(403);
    expect((await get('form=test-report&period=2024M13')).status).toBe(400);
  });
});
