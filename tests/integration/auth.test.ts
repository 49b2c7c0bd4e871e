// Sign-in, lockout, first-login change, expiry and password reuse (ACC-2, ACC-3, ACC-4,
// ACC-5, SEC-1) with an injected clock, on a real PostgreSQL.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createTestDb, type TestDb } from '../support/test-db';
import { insertSmallTree, type SmallTree } from '../support/fixtures/small-tree';
import { makeAccount, call, TEST_PASSWORD, type TestAccount } from '../support/fixtures/accounts';
import { setClock } from '@/server/clock';
import { signIn } from '@/server/services/auth/sign-in';
import { AppError } from '@/server/errors';
import * as me from '@/app/api/v1/me/route';
import * as mePassword from '@/app/api/v1/me/password/route';
import * as accounts from '@/app/api/v1/accounts/route';
import * as unlock from '@/app/api/v1/accounts/[id]/unlock/route';
import * as close from '@/app/api/v1/accounts/[id]/close/route';

let db: TestDb;
let t: SmallTree;
let admin: TestAccount;
let offset = 0;
const MIN = 60_000;

beforeAll(async () => {
  db = await createTestDb();
  t = await insertSmallTree(db);
  admin = await makeAccount({ username: 'quantri', unitId: t.VN, roles: [{ role: 'system_admin', unitId: t.VN }] });
  setClock(() => new Date(Date.now() + offset));
});
afterEach(() => {
  offset = 0;
});
afterAll(async () => {
  setClock(null);
  await db.close();
});

const em = () => db.orm.em.fork() as EntityManager;
async function refusal(username: string, password: string): Promise<string | null> {
  try {
    await signIn(em(), username, password);
    return null;
  } catch (err) {
    return err instanceof AppError ? err.code : String(err);
  }
}

describe('sign-in (ACC-2, ACC-5, SEC-1)', () => {
  it('accepts the username in any case and audits the sign-in', async () => {
    const a = await makeAccount({ username: 'nguyen.an', unitId: t.C1, mustChange: true });
    const s = await signIn(em(), 'Nguyen.AN', TEST_PASSWORD, '10.0.0.1');
    expect(s).toMatchObject({ accountId: a.id, passwordChangeRequired: true, passwordChangeReason: 'first-login-or-reset' });
    const rows = await db.sql(`select action, ip from audit_log where target_id = $1 and action like 'auth.%'`, [a.id]);
    expect(rows).toEqual([{ action: 'auth.sign-in', ip: '10.0.0.1' }]);
    expect(await refusal('khong.co', TEST_PASSWORD)).toBe('invalid-credentials');
  });

  it('ACC-5: a closed account cannot sign in (and a wrong password does not reveal it)', async () => {
    const a = await makeAccount({ username: 'da.dong', unitId: t.C2 });
    expect((await call(close.POST, { token: admin.token, params: { id: a.id }, body: {} })).status).toBe(204);
    expect(await refusal('da.dong', TEST_PASSWORD)).toBe('account-closed');
    expect(await refusal('da.dong', 'Sai@12345')).toBe('invalid-credentials');
  });
});

describe('lockout (ACC-4 hardening)', () => {
  it('locks after 5 failures within 15 minutes, refuses even the right password, and unlocks after 15 minutes', async () => {
    const a = await makeAccount({ username: 'khoa.thu', unitId: t.C1 });
    for (let i = 0; i < 4; i++) expect(await refusal('khoa.thu', 'Sai@12345')).toBe('invalid-credentials');
    expect(await refusal('khoa.thu', 'Sai@12345')).toBe('account-locked');
    expect(await refusal('khoa.thu', TEST_PASSWORD)).toBe('account-locked');
    const blocked = await call(me.GET, { token: a.token });
    expect(blocked.status).toBe(423);
    const actions = await db.sql(`select action from audit_log where target_id = $1 and action like 'auth.%' order by seq`, [a.id]);
    expect(actions.map((r) => r.action)).toEqual([...Array(5).fill('auth.sign-in.failed'), 'auth.lockout', 'auth.sign-in.refused']);
    offset = 16 * MIN;
    expect((await call(me.GET, { token: a.token })).status).toBe(200);
    await expect(signIn(em(), 'khoa.thu', TEST_PASSWORD)).resolves.toMatchObject({ accountId: a.id });
  });

  it('failures older than the window do not count', async () => {
    await makeAccount({ username: 'cham', unitId: t.C1 });
    for (let i = 0; i < 4; i++) expect(await refusal('cham', 'Sai@12345')).toBe('invalid-credentials');
    offset = 16 * MIN;
    expect(await refusal('cham', 'Sai@12345')).toBe('invalid-credentials');
  });

  it('an admin can unlock before the lock expires', async () => {
    const a = await makeAccount({ username: 'mo.khoa', unitId: t.C1 });
    for (let i = 0; i < 5; i++) await refusal('mo.khoa', 'Sai@12345');
    expect(await refusal('mo.khoa', TEST_PASSWORD)).toBe('account-locked');
    expect((await call(unlock.POST, { token: admin.token, params: { id: a.id }, method: 'POST' })).status).toBe(204);
    await expect(signIn(em(), 'mo.khoa', TEST_PASSWORD)).resolves.toMatchObject({ accountId: a.id });
  });
});

describe('password changes (ACC-2, ACC-3, ACC-4)', () => {
  const change = (token: string, currentPassword: string, newPassword: string) =>
    call(mePassword.POST, { token, body: { currentPassword, newPassword } });

  it('ACC-2: first sign-in forces a change; the initial password cannot be kept', async () => {
    const a = await makeAccount({ username: 'lan.dau', unitId: t.C1, roles: [{ role: 'unit_admin', unitId: t.C1 }], mustChange: true });
    const blocked = await call(accounts.GET, { token: a.token, path: '/api/v1/accounts' });
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('password-change-required');
    const mine = await call(me.GET, { token: a.token });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ username: 'lan.dau', passwordChangeRequired: true, passwordChangeReason: 'first-login-or-reset', unit: { code: 'C1', level: 'commune' } });
    expect((await change(a.token, TEST_PASSWORD, TEST_PASSWORD)).body.code).toBe('password-reused');
    expect((await change(a.token, 'Sai@12345', 'Moi@2026xx')).body.code).toBe('invalid-credentials');
    const weak = await change(a.token, TEST_PASSWORD, 'moi2026xx');
    expect(weak.status).toBe(422);
    expect(weak.body.violations.map((v: { message: { vi: string } }) => v.message.vi)).toEqual([
      'Mật khẩu phải có ít nhất một chữ in hoa',
      'Mật khẩu phải có ít nhất một ký tự đặc biệt (ví dụ ! @ # $ %)',
    ]);
    expect((await change(a.token, TEST_PASSWORD, 'Moi@2026xx')).status).toBe(204);
    expect((await call(accounts.GET, { token: a.token, path: '/api/v1/accounts' })).status).toBe(200);
    const [row] = await db.sql(`select session_epoch from account where id = $1`, [a.id]);
    expect(row.session_epoch).toBe(1);
    const audit = await db.sql(`select action from audit_log where target_id = $1 and action = 'account.password-change'`, [a.id]);
    expect(audit).toHaveLength(1);
  });

  it('ACC-3: a password older than 180 days forces a change (/me still answers)', async () => {
    const a = await makeAccount({ username: 'het.han', unitId: t.C1, roles: [{ role: 'unit_admin', unitId: t.C1 }] });
    expect((await call(accounts.GET, { token: a.token, path: '/api/v1/accounts' })).status).toBe(200);
    offset = 181 * 24 * 60 * MIN;
    const blocked = await call(accounts.GET, { token: a.token, path: '/api/v1/accounts' });
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('password-change-required');
    const mine = await call(me.GET, { token: a.token });
    expect(mine.status).toBe(200);
    expect(mine.body.passwordChangeReason).toBe('expired');
    const s = await signIn(em(), 'het.han', TEST_PASSWORD);
    expect(s.passwordChangeRequired).toBe(true);
  });

  it('ACC-4: none of the last 5 passwords can be reused', async () => {
    const a = await makeAccount({ username: 'lap.lai', unitId: t.C1 });
    const pw = (i: number) => `Mat@khau${i}`;
    let current = TEST_PASSWORD;
    for (let i = 1; i <= 5; i++) {
      expect((await change(a.token, current, pw(i))).status).toBe(204);
      current = pw(i);
    }
    for (const old of [pw(1), pw(3), pw(5)]) {
      const res = await change(a.token, current, old);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('password-reused');
    }
    expect((await change(a.token, current, TEST_PASSWORD)).status).toBe(204);
  });
});
