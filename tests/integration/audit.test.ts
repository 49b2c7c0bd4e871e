// The audit chain (SEC-1, SEC-4): account changes are audited in the same transaction, and
// verifyAuditChain finds an edited row by its seq.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createTestDb, type TestDb } from '../support/test-db';
import { insertSmallTree, type SmallTree } from '../support/fixtures/small-tree';
import { makeAccount, call } from '../support/fixtures/accounts';
import { verifyAuditChain } from '@/server/audit/verify-chain';
import { verifyHistoryChains } from '@/server/audit/verify-history';
import * as accounts from '@/app/api/v1/accounts/route';

let db: TestDb;
let t: SmallTree;
beforeAll(async () => {
  db = await createTestDb();
  t = await insertSmallTree(db);
});
afterAll(async () => db.close());

const em = () => db.orm.em.fork() as EntityManager;

describe('audit chain (SEC-1)', () => {
  it('a refused change leaves neither the change nor its audit row', async () => {
    const admin = await makeAccount({ username: 'qt', unitId: t.P1, roles: [{ role: 'unit_admin', unitId: t.P1 }] });
    const before = await db.sql(`select count(*)::int n from audit_log`);
    const res = await call(accounts.POST, {
      token: admin.token,
      body: { username: 'ngoai', fullName: 'Lê Văn Ngoài', kind: 'person', unitId: t.C3, password: 'Ngoai@2026' },
    });
    expect(res.status).toBe(403);
    expect(await db.sql(`select count(*)::int n from audit_log`)).toEqual(before);
  });

  it('verifies an intact chain and reports the seq of an edited row', async () => {
    await makeAccount({ username: 'mot', unitId: t.C1 });
    await makeAccount({ username: 'hai', unitId: t.C2 });
    const ok = await verifyAuditChain(em());
    expect(ok.ok).toBe(true);
    expect(ok.checked).toBeGreaterThanOrEqual(6);
    const [{ seq }] = await db.sql<{ seq: string }>(`select seq from audit_log where action = 'account.create' order by seq desc limit 1`);
    await db.sql(`alter table audit_log disable trigger audit_log_append_only`);
    await db.sql(`update audit_log set details = '{"x":1}' where seq = $1`, [seq]);
    await db.sql(`alter table audit_log enable trigger audit_log_append_only`);
    const broken = await verifyAuditChain(em());
    expect(broken).toEqual({ ok: false, checked: ok.checked, firstBroken: { seq: Number(seq), reason: 'hash-mismatch' } });
  });

  it('chains each submission\'s history and reports an edited or a removed history row (SEC-1)', async () => {
    const [{ id }] = await db.sql<{ id: string }>(
      `insert into submission (form_code, form_version, kind, unit_id, subject_key, ref_date, workflow_code, workflow_version, state, snapshot, status, created_at, updated_at)
       values ('so-ho', 1, 'register', $1, 'k1', '2026-01-01', 'wf', 1, 'draft', '{"value":"draft"}', 'draft', now(), now()) returning id`, [t.C1]);
    for (const [seq, type, comment] of [[1, 'created', null], [2, 'SUBMIT', null], [3, 'RETURN', 'Thiếu số liệu thôn 3']] as const) {
      await db.sql(`insert into submission_event (submission_id, seq, at, type, from_state, to_state, comment, data_version) values ($1, $2, now(), $3, 'draft', 'draft', $4, 1)`,
        [id, seq, type, comment]);
    }
    const ok = await verifyHistoryChains(em());
    expect(ok).toMatchObject({ ok: true, checked: 3, submissions: 1 });
    await db.sql(`alter table submission_event disable trigger submission_event_append_only`);
    await db.sql(`update submission_event set comment = 'Đã sửa lý do' where submission_id = $1 and seq = 3`, [id]);
    expect((await verifyHistoryChains(em())).firstBroken).toEqual({ submissionId: id, seq: 3, reason: 'hash-mismatch' });
    await db.sql(`update submission_event set comment = 'Thiếu số liệu thôn 3' where submission_id = $1 and seq = 3`, [id]);
    expect((await verifyHistoryChains(em())).ok).toBe(true);
    await db.sql(`delete from submission_event where submission_id = $1 and seq = 2`, [id]);
    await db.sql(`alter table submission_event enable trigger submission_event_append_only`);
    expect((await verifyHistoryChains(em())).firstBroken).toEqual({ submissionId: id, seq: 3, reason: 'prev-hash-mismatch' });
  });
});
