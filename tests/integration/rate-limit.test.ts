// Rate limits (SEC-4): token calls per account and sign-in attempts per username and per
// address, counted in PostgreSQL (shared by replicas), answered 429 problem+json with
// Retry-After; a new window starts the count again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { setClock } from '@/server/clock';
import * as me from '@/app/api/v1/me/route';
import { LIMITS, limitSignIn, RateLimited } from '@/server/security/edges/rate-limit';
import { authOptions } from '@/server/auth/next-auth-options';
import { createWorld, type World } from '../support/fixtures/forms/world';

let w: World;
const saved = { ...LIMITS.token };

beforeAll(async () => {
  w = await createWorld();
});
afterAll(async () => {
  Object.assign(LIMITS.token, saved);
  setClock(null);
  await w.db.close();
});

const call = (token: string) => me.GET(new Request('http://x/api/v1/me', { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) });

describe('token endpoints', () => {
  it('answer 429 with Retry-After over the limit, per account, until the window turns', async () => {
    LIMITS.token.limit = 3;
    setClock(() => new Date('2026-03-01T10:00:10Z'));
    for (let i = 0; i < 3; i++) expect((await call(w.officerC1.token)).status).toBe(200);
    const refused = await call(w.officerC1.token);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.headers.get('retry-after')).toBe('50');
    expect(await refused.json()).toMatchObject({ code: 'rate-limited', status: 429, retryAfter: 50 });
    expect((await call(w.officerC2.token)).status).toBe(200);
    setClock(() => new Date('2026-03-01T10:01:01Z'));
    expect((await call(w.officerC1.token)).status).toBe(200);
  });
});

describe('sign-in', () => {
  it('limits attempts per username (any case) and per address', async () => {
    const em = w.db.orm.em.fork() as EntityManager;
    const at = new Date('2026-03-01T11:00:00Z');
    for (let i = 0; i < LIMITS.signInUser.limit; i++) await limitSignIn(em, i % 2 ? 'CanBo.C1' : 'canbo.c1', `10.0.0.${i}`, at);
    await expect(limitSignIn(em, 'canbo.c1', '10.0.1.1', at)).rejects.toBeInstanceOf(RateLimited);
    for (let i = 0; i < LIMITS.signInIp.limit; i++) await limitSignIn(em, `user${i}`, '10.9.9.9', at);
    await expect(limitSignIn(em, 'someone-else', '10.9.9.9', at)).rejects.toMatchObject({ code: 'rate-limited' });
    await limitSignIn(em, 'canbo.c1', '10.0.1.1', new Date(at.getTime() + LIMITS.signInUser.windowSeconds * 1000));
  });

  it('the credentials provider refuses with the stable code before checking the password', async () => {
    setClock(() => new Date('2026-03-01T12:00:00Z'));
    const provider = authOptions.providers[0] as unknown as { options: { authorize: (c: Record<string, string>, r: unknown) => Promise<unknown> } };
    const attempt = () => provider.options.authorize({ username: 'duyet.d1', password: 'wrong-password' }, { headers: { 'x-client-ip': '10.7.7.7' } });
    for (let i = 0; i < LIMITS.signInUser.limit; i++) await expect(attempt()).rejects.toThrow(/invalid-credentials|account-locked/);
    await expect(attempt()).rejects.toThrow('rate-limited');
  });
});
