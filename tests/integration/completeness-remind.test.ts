// "Nhắc nhở" on the completeness screen (RPT-7): POST /api/v1/completeness/remind notifies the
// active data-entry accounts of the missing units once a day, only for approvers or
// administrators reaching the scope unit, and writes an audit row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/test-db';
import { insertSmallTree, type SmallTree } from '../support/fixtures/small-tree';
import { installReportDefinitions, insertSubmissions } from '../unit/engine/reports/fixtures/install';
import { makeAccount, type TestAccount } from '../support/fixtures/accounts';
import { POST } from '@/app/api/v1/completeness/remind/route';

let db: TestDb;
let tree: SmallTree;
let approver: TestAccount, viewer: TestAccount, otherApprover: TestAccount, c1: TestAccount, c2: TestAccount, c3: TestAccount;

beforeAll(async () => {
  db = await createTestDb();
  tree = await insertSmallTree(db);
  await installReportDefinitions(db);
  approver = await makeAccount({ username: 'duyet.p1', unitId: tree.P1, roles: [{ role: 'approver', unitId: tree.P1 }] });
  viewer = await makeAccount({ username: 'xem.p1', unitId: tree.P1, roles: [{ role: 'viewer', unitId: tree.P1 }] });
  otherApprover = await makeAccount({ username: 'duyet.p2', unitId: tree.P2, roles: [{ role: 'approver', unitId: tree.P2 }] });
  c1 = await makeAccount({ username: 'xa.c1', unitId: tree.C1, kind: 'unit', roles: [{ role: 'data_entry', unitId: tree.C1 }] });
  c2 = await makeAccount({ username: 'xa.c2', unitId: tree.C2, kind: 'unit', roles: [{ role: 'data_entry', unitId: tree.C2 }] });
  c3 = await makeAccount({ username: 'xa.c3', unitId: tree.C3, kind: 'unit', roles: [{ role: 'data_entry', unitId: tree.C3 }] });
  // C1 has sent its 2023 report; C2 has not.
  await insertSubmissions(db, [{ form: 'test-report', period: '2023', refDate: '2023-12-31', values: { households: 1 }, unitId: tree.C1, status: 'submitted', submittedAt: '2024-02-01T03:00:00Z' }]);
});
afterAll(async () => { await db?.close(); });

async function remind(who: TestAccount, body: Record<string, unknown>) {
  const res = await POST(new Request('http://x/api/v1/completeness/remind', {
    method: 'POST', headers: { authorization: `Bearer ${who.token}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  }), { params: Promise.resolve({}) });
  return { status: res.status, body: await res.json() };
}

const notifications = (accountId: string) =>
  db.sql<{ kind: string; title: { vi: string } }>(`select kind, title from notification where account_id = $1 and kind = 'reminder.missing'`, [accountId]);

describe('POST /api/v1/completeness/remind', () => {
  const body = () => ({ form: 'test-report', period: '2023', unit: tree.P1, date: '2023-12-31' });

  it('notifies the data-entry accounts of the missing units only, and audits it', async () => {
    const r = await remind(approver, body());
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ units: 1, accounts: 1, notified: 1 });
    const sent = await notifications(c2.id);
    expect(sent).toHaveLength(1);
    expect(sent[0].title.vi).toContain('Xã Hòa Bình');
    expect(await notifications(c1.id)).toHaveLength(0);
    expect(await notifications(c3.id)).toHaveLength(0);
    const audit = await db.sql<{ actor_id: string; target_id: string; details: { units: string[]; notified: number } }>(
      `select actor_id, target_id, details from audit_log where action = 'completeness.remind'`);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: approver.id, target_id: 'test-report', details: { units: ['C2'], notified: 1 } });
  });

  it('does not notify twice on the same day', async () => {
    const r = await remind(approver, body());
    expect(r.body).toEqual({ units: 1, accounts: 1, notified: 0 });
    expect(await notifications(c2.id)).toHaveLength(1);
  });

  it('refuses viewers and callers outside the scope', async () => {
    expect((await remind(viewer, body())).status).toBe(403);
    expect((await remind(otherApprover, body())).status).toBe(403);
    expect((await remind(approver, { period: '2023' })).status).toBe(400);
    expect(await notifications(c3.id)).toHaveLength(0);
  });
});
