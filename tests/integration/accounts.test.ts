// Account administration within scope (ACC-1, ACC-4, ACC-5, ACC-8), through the route
// handlers with bearer tokens, on a real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/test-db';
import { insertSmallTree, type SmallTree } from '../support/fixtures/small-tree';
import { makeAccount, call, type TestAccount } from '../support/fixtures/accounts';
import * as accounts from '@/app/api/v1/accounts/route';
import * as account from '@/app/api/v1/accounts/[id]/route';
import * as roles from '@/app/api/v1/accounts/[id]/roles/route';
import * as role from '@/app/api/v1/accounts/[id]/roles/[assignmentId]/route';
import * as close from '@/app/api/v1/accounts/[id]/close/route';
import * as reset from '@/app/api/v1/accounts/[id]/reset-password/route';
import * as me from '@/app/api/v1/me/route';

let db: TestDb;
let t: SmallTree;
let root: TestAccount;
let p1admin: TestAccount;
let c1: TestAccount;
let c2: TestAccount;

beforeAll(async () => {
  db = await createTestDb();
  t = await insertSmallTree(db);
  root = await makeAccount({ username: 'root', unitId: t.VN, roles: [{ role: 'system_admin', unitId: t.VN }] });
  p1admin = await makeAccount({ username: 'p1admin', unitId: t.P1, roles: [{ role: 'unit_admin', unitId: t.P1 }] });
  c1 = await makeAccount({ username: 'c1', kind: 'unit', unitId: t.C1, roles: [{ role: 'data_entry', unitId: t.C1 }] });
  c2 = await makeAccount({ username: 'c2', kind: 'unit', unitId: t.C2, roles: [{ role: 'data_entry', unitId: t.C2 }] });
});
afterAll(async () => db.close());

const newAccount = (over: Record<string, unknown> = {}) => ({
  username: 'nguoi.moi',
  fullName: 'Trần Thị Hoà',
  kind: 'person',
  unitId: t.C1,
  password: 'Moi@2026x',
  ...over,
});

describe('scope of account administration (ACC-8, SEC-3)', () => {
  it("a commune officer's token gets 403 on another commune's account", async () => {
    const get = await call(account.GET, { token: c1.token, params: { id: c2.id } });
    expect(get.status).toBe(403);
    expect(get.body.code).toBe('out-of-scope');
    const patch = await call(account.PATCH, { token: c1.token, params: { id: c2.id }, method: 'PATCH', body: { fullName: 'X' } });
    expect(patch.status).toBe(403);
    const list = await call(accounts.GET, { token: c1.token, path: '/api/v1/accounts' });
    expect(list.status).toBe(403);
    const own = await call(account.GET, { token: c1.token, params: { id: c1.id } });
    expect(own.status).toBe(200);
  });

  it('a unit admin cannot create an account outside its subtree (403 out-of-scope)', async () => {
    const res = await call(accounts.POST, { token: p1admin.token, body: newAccount({ unitId: t.C3 }) });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('out-of-scope');
    const withRole = await call(accounts.POST, { token: p1admin.token, body: newAccount({ roles: [{ role: 'viewer', unitId: t.P2 }] }) });
    expect(withRole.status).toBe(403);
    expect(withRole.body.code).toBe('out-of-scope');
    const [{ n }] = await db.sql(`select count(*)::int n from account where username = 'nguoi.moi'`);
    expect(n).toBe(0);
  });

  it('a unit admin cannot grant a role outside its subtree, nor system_admin', async () => {
    const outside = await call(roles.POST, { token: p1admin.token, params: { id: c1.id }, body: { role: 'viewer', unitId: t.C3 } });
    expect(outside.status).toBe(403);
    expect(outside.body.code).toBe('out-of-scope');
    const sys = await call(roles.POST, { token: p1admin.token, params: { id: c1.id }, body: { role: 'system_admin', unitId: t.C1 } });
    expect(sys.status).toBe(403);
    const onRoot = await call(account.PATCH, { token: p1admin.token, params: { id: root.id }, method: 'PATCH', body: { phone: '1' } });
    expect(onRoot.status).toBe(403);
  });

  it('ACC-1: a unit admin creates an account in its subtree; it must change its password (ACC-2)', async () => {
    const res = await call(accounts.POST, {
      token: p1admin.token,
      body: newAccount({ roles: [{ role: 'data_entry', unitId: t.C1, domain: 'giam-ngheo' }] }),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ username: 'nguoi.moi', kind: 'person', unit: { id: t.C1, code: 'C1' }, mustChangePassword: true });
    expect(res.body.roles).toEqual([expect.objectContaining({ role: 'data_entry', domain: 'giam-ngheo', unit: expect.objectContaining({ id: t.C1 }) })]);
    const dup = await call(accounts.POST, { token: p1admin.token, body: newAccount({ username: 'Nguoi.Moi' }) });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('duplicate');
    const [audit] = await db.sql(`select actor_name, details from audit_log where action = 'account.create' and target_id = $1`, [res.body.id]);
    expect(audit.actor_name).toBe('p1admin');
  });

  it('ACC-4: a weak password is refused with a Vietnamese message naming each rule', async () => {
    const res = await call(accounts.POST, { token: root.token, body: newAccount({ username: 'yeu', password: 'abc' }) });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('weak-password');
    const rules = res.body.violations.map((v: { rule: string }) => v.rule);
    expect(rules).toEqual(['min-length', 'uppercase', 'digit', 'special']);
    expect(res.body.violations[1].message.vi).toBe('Mật khẩu phải có ít nhất một chữ in hoa');
    expect(res.body.detail).toContain('chữ in hoa');
  });

  it('lists only accounts in scope, paged, with accent-insensitive search', async () => {
    const mine = await call(accounts.GET, { token: p1admin.token, path: '/api/v1/accounts?sort=username&pageSize=2' });
    expect(mine.status).toBe(200);
    expect(mine.body.total).toBe(4);
    expect(mine.body.items.map((i: { username: string }) => i.username)).toEqual(['c1', 'c2']);
    const page2 = await call(accounts.GET, { token: p1admin.token, path: '/api/v1/accounts?sort=username&pageSize=2&page=2' });
    expect(page2.body.items.map((i: { username: string }) => i.username)).toEqual(['nguoi.moi', 'p1admin']);
    const q = await call(accounts.GET, { token: root.token, path: '/api/v1/accounts?q=tran%20thi%20HOA' });
    expect(q.body.items.map((i: { username: string }) => i.username)).toEqual(['nguoi.moi']);
    const byRole = await call(accounts.GET, { token: root.token, path: `/api/v1/accounts?role=data_entry&unit=${t.D1}&sort=createdAt&order=desc` });
    expect(byRole.body.items.map((i: { username: string }) => i.username)).toEqual(['nguoi.moi', 'c2', 'c1']);
    expect(byRole.body.items[0].roles[0]).toMatchObject({ role: 'data_entry', unitId: t.C1, unitName: 'Xã Đồng Tâm' });
  });

  it('grants and revokes a role; a revoke keeps the row with revoked_at', async () => {
    const g = await call(roles.POST, { token: p1admin.token, params: { id: c1.id }, body: { role: 'viewer', unitId: t.D1 } });
    expect(g.status).toBe(201);
    const r = await call(role.DELETE, { token: p1admin.token, params: { id: c1.id, assignmentId: g.body.id }, method: 'DELETE' });
    expect(r.status).toBe(204);
    const [row] = await db.sql(`select revoked_at, revoked_by from role_assignment where id = $1`, [g.body.id]);
    expect(row.revoked_at).not.toBeNull();
    expect(row.revoked_by).toBe(p1admin.id);
    const actions = await db.sql(`select action from audit_log where target_id = $1 and action like 'role.%' order by seq`, [c1.id]);
    expect(actions.map((a) => a.action)).toEqual(['role.grant', 'role.revoke']);
  });

  it('ACC-7: an admin reset forces a change and ends the sessions of the account', async () => {
    const res = await call(reset.POST, { token: p1admin.token, params: { id: c1.id }, body: { newPassword: 'Tam@2026x' } });
    expect(res.status).toBe(204);
    const [row] = await db.sql(`select must_change_password, session_epoch from account where id = $1`, [c1.id]);
    expect(row).toEqual({ must_change_password: true, session_epoch: 1 });
    await db.sql(`update account set must_change_password = false where id = $1`, [c1.id]);
  });

  it('ACC-5: closing an account that acted keeps its rows and audit; its token stops at the next request', async () => {
    await db.sql(`update account set has_acted = true where id = $1`, [c2.id]);
    expect((await call(me.GET, { token: c2.token })).status).toBe(200);
    const res = await call(close.POST, { token: p1admin.token, params: { id: c2.id }, body: { reason: 'Chuyển công tác' } });
    expect(res.status).toBe(204);
    const after = await call(me.GET, { token: c2.token });
    expect(after.status).toBe(403);
    expect(after.body.code).toBe('account-closed');
    const [row] = await db.sql(`select status, closed_at, session_epoch from account where id = $1`, [c2.id]);
    expect(row.status).toBe('closed');
    expect(row.closed_at).not.toBeNull();
    const [{ n }] = await db.sql(`select count(*)::int n from audit_log where target_id = $1`, [c2.id]);
    expect(n).toBeGreaterThanOrEqual(3);
    const [{ r }] = await db.sql(`select count(*)::int r from role_assignment where account_id = $1`, [c2.id]);
    expect(r).toBe(1);
    expect('DELETE' in account).toBe(false);
  });
});
