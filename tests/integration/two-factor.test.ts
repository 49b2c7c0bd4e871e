// Two-factor sign-in (SEC-4) on a real PostgreSQL with an injected clock: enrolment with a
// sealed secret, sign-in with a code, a wrong and a replayed code (counted toward lockout),
// single-use recovery codes, enrolment forced for an approver's session, audited admin reset.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { encode } from 'next-auth/jwt';
import { createTestDb, type TestDb } from '../support/test-db';
import { insertSmallTree, type SmallTree } from '../support/fixtures/small-tree';
import { makeAccount, call, TEST_PASSWORD, type TestAccount } from '../support/fixtures/accounts';
import { setClock } from '@/server/clock';
import { signIn } from '@/server/services/auth/sign-in';
import { AppError } from '@/server/errors';
import { totpCode } from '@/server/security/totp/totp';
import * as status from '@/app/api/v1/me/two-factor/route';
import * as enrol from '@/app/api/v1/me/two-factor/enrol/route';
import * as confirm from '@/app/api/v1/me/two-factor/confirm/route';
import * as reset from '@/app/api/v1/accounts/[id]/two-factor/route';
import * as me from '@/app/api/v1/me/route';
import * as units from '@/app/api/v1/units/route';

let db: TestDb;
let t: SmallTree;
let admin: TestAccount;
let officer: TestAccount;
let at = new Date('2026-03-02T01:00:00Z');
const tick = (seconds: number) => { at = new Date(at.getTime() + seconds * 1000); };
const em = () => db.orm.em.fork() as EntityManager;

async function outcome(username: string, otp?: string | null): Promise<string> {
  try {
    await signIn(em(), username, TEST_PASSWORD, '10.0.0.9', otp ?? null);
    return 'ok';
  } catch (err) {
    return err instanceof AppError ? err.code : String(err);
  }
}

async function enrolled(token: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const started = await call(enrol.POST, { token, body: {} });
  expect(started.status).toBe(200);
  const done = await call(confirm.POST, { token, body: { code: totpCode(started.body.secret, at) } });
  expect(done.status).toBe(200);
  return { secret: started.body.secret, recoveryCodes: done.body.recoveryCodes };
}

async function sessionCookie(account: TestAccount): Promise<string> {
  const [row] = await db.sql<{ session_epoch: number }>(`select session_epoch from account where id = $1`, [account.id]);
  const jwt = await encode({ token: { accountId: account.id, epoch: row.session_epoch, username: account.username }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${jwt}`;
}

async function asSession<P>(handler: (req: Request, a: { params: Promise<P> }) => Promise<Response>, cookie: string, params?: P) {
  const res = await handler(new Request('http://x/', { headers: { cookie, 'accept-language': 'en' } }), { params: Promise.resolve((params ?? {}) as P) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : {} };
}

beforeAll(async () => {
  process.env.APP_MASTER_KEY = crypto.randomBytes(32).toString('base64');
  process.env.NEXTAUTH_SECRET = crypto.randomBytes(32).toString('base64url');
  db = await createTestDb();
  t = await insertSmallTree(db);
  setClock(() => at);
  admin = await makeAccount({ username: 'quantri', unitId: t.VN, roles: [{ role: 'system_admin', unitId: t.VN }] });
  officer = await makeAccount({ username: 'canbo.2fa', unitId: t.C1, roles: [{ role: 'data_entry', unitId: t.C1 }] });
});
afterAll(async () => {
  setClock(null);
  await db.close();
});

describe('enrolment', () => {
  it('keeps the secret sealed, confirms with a first valid code and issues ten recovery codes once', async () => {
    const started = await call(enrol.POST, { token: officer.token, body: {} });
    expect(started.body.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(started.body.uri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    const [row] = await db.sql<{ secret_sealed: string }>(`select secret_sealed from two_factor where account_id = $1`, [officer.id]);
    expect(row.secret_sealed).toMatch(/^v1\./);
    expect(row.secret_sealed).not.toContain(started.body.secret);
    expect(await outcome('canbo.2fa')).toBe('ok');
    const wrong = await call(confirm.POST, { token: officer.token, body: { code: '000000' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('otp-invalid');
    const ok = await call(confirm.POST, { token: officer.token, body: { code: totpCode(started.body.secret, at) } });
    expect(ok.body.recoveryCodes).toHaveLength(10);
    const hashes = await db.sql<{ code_hash: string }>(`select code_hash from two_factor_recovery where account_id = $1`, [officer.id]);
    expect(hashes.every((h) => h.code_hash.startsWith('$argon2'))).toBe(true);
    expect((await call(status.GET, { token: officer.token })).body).toMatchObject({ enrolled: true, required: false, recoveryCodesLeft: 10 });
    const again = await call(enrol.POST, { token: officer.token, body: {} });
    expect(again.status).toBe(409);
    const audit = await db.sql(`select action from audit_log where target_id = $1 and action like 'two-factor.%' order by seq`, [officer.id]);
    expect(audit.map((a) => a.action)).toEqual(['two-factor.enrol.start', 'two-factor.enrol.failed', 'two-factor.enrol.confirmed']);
  });
});

describe('sign-in with a second factor', () => {
  let secret: string;
  let codes: string[];
  let acc: TestAccount;
  beforeAll(async () => {
    acc = await makeAccount({ username: 'nguoi.dung', unitId: t.C2, roles: [{ role: 'data_entry', unitId: t.C2 }] });
    ({ secret, recoveryCodes: codes } = await enrolled(acc.token));
    tick(60);
  });

  it('asks for the code after a right password, accepts a right one, refuses a wrong or replayed one', async () => {
    expect(await outcome('nguoi.dung')).toBe('otp-required');
    const code = totpCode(secret, at);
    expect(await outcome('nguoi.dung', code)).toBe('ok');
    expect(await outcome('nguoi.dung', code)).toBe('otp-invalid');
    expect(await outcome('nguoi.dung', '123456' === code ? '654321' : '123456')).toBe('otp-invalid');
    tick(30);
    expect(await outcome('nguoi.dung', totpCode(secret, at))).toBe('ok');
    const rows = await db.sql<{ action: string; details: { reason?: string; secondFactor?: string } }>(
      `select action, details from audit_log where target_id = $1 and action like 'auth.%' order by seq`, [acc.id]);
    expect(rows.map((r) => `${r.action}:${r.details.reason ?? r.details.secondFactor ?? ''}`)).toEqual([
      'auth.sign-in.otp-required:', 'auth.sign-in:totp', 'auth.sign-in.failed:replayed-otp', 'auth.sign-in.failed:wrong-otp', 'auth.sign-in:totp',
    ]);
  });

  it('accepts a recovery code once', async () => {
    tick(30);
    expect(await outcome('nguoi.dung', codes[3].toUpperCase())).toBe('ok');
    expect(await outcome('nguoi.dung', codes[3])).toBe('otp-invalid');
    expect((await call(status.GET, { token: acc.token })).body.recoveryCodesLeft).toBe(9);
  });

  it('counts wrong codes toward lockout', async () => {
    tick(30);
    for (let i = 0; i < 4; i++) expect(await outcome('nguoi.dung', '000000')).toBe('otp-invalid');
    expect(await outcome('nguoi.dung', '000000')).toBe('account-locked');
    expect(await outcome('nguoi.dung', totpCode(secret, at))).toBe('account-locked');
  });
});

describe('enforced per role, and the admin reset', () => {
  let approver: TestAccount;
  let unitAdmin: TestAccount;
  beforeAll(async () => {
    approver = await makeAccount({ username: 'duyet.2fa', unitId: t.D1, roles: [{ role: 'approver', unitId: t.D1 }] });
    unitAdmin = await makeAccount({ username: 'qt.p2', unitId: t.P2, roles: [{ role: 'unit_admin', unitId: t.P2 }] });
  });

  it('an approver session without enrolment may only enrol and see /me', async () => {
    const cookie = await sessionCookie(approver);
    expect((await asSession(me.GET, cookie)).status).toBe(200);
    expect((await asSession(status.GET, cookie)).body).toMatchObject({ required: true, enrolled: false });
    const refused = await asSession(units.GET, cookie);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('two-factor-enrolment-required');
    await enrolled(approver.token);
    expect((await asSession(units.GET, cookie)).status).toBe(200);
  });

  it('a reset is scoped, audited, ends sessions and requires enrolling again', async () => {
    const cookie = await sessionCookie(approver);
    const outside = await call(reset.DELETE, { token: unitAdmin.token, params: { id: approver.id }, method: 'DELETE' });
    expect(outside.status).toBe(403);
    const done = await call(reset.DELETE, { token: admin.token, params: { id: approver.id }, method: 'DELETE' });
    expect(done.status).toBe(204);
    expect((await asSession(me.GET, cookie)).status).toBe(401);
    const fresh = await sessionCookie(approver);
    expect((await asSession(units.GET, fresh)).body.code).toBe('two-factor-enrolment-required');
    tick(30);
    expect(await outcome('duyet.2fa')).toBe('ok');
    const [row] = await db.sql(`select actor_id, details from audit_log where target_id = $1 and action = 'two-factor.reset'`, [approver.id]);
    expect(row).toMatchObject({ actor_id: admin.id, details: { hadEnrolment: true } });
  });
});
