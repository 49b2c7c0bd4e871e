// The audit chain (SEC-1, SEC-4): account changes are audited in the same transaction, and
// verifyAuditChain finds an edited row by its seq.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createTestDb, type TestDb } from '../support/test-db';
import { insertSmallTree, type SmallTree } from '../support/fixtures/small-tree';
import { makeAccount, call } from '../support/fixtures/accounts';
import { verifyAuditChain } from '@/server/audit/verify-chain';
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
});
