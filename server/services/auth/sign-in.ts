// Sign-in with username (any case) and password (ACC-2..4): a specific refusal code for
// each case, lockout after repeated failures, every attempt audited in the same transaction
// as its effect. A locked account is refused before the password is looked at (no oracle).
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { Account } from '../../entities';
import { AppError } from '../../errors';
import { now } from '../../clock';
import { writeAudit } from '../../audit/write-audit';
import { verifyNothing, verifyPassword } from '../../auth/password-hash';
import { passwordChangeReason, type PasswordChangeReason } from '../../auth/password-age';
import { FAILED, lockoutPolicy, recentFailures } from './lockout';

export interface SignedIn {
  accountId: string;
  username: string;
  fullName: string;
  epoch: number;
  passwordChangeRequired: boolean;
  passwordChangeReason: PasswordChangeReason | null;
}

export const REFUSALS = {
  'invalid-credentials': { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong username or password.' },
  'account-locked': { vi: 'Tài khoản đang bị khóa tạm thời do đăng nhập sai nhiều lần.', en: 'The account is temporarily locked after repeated failed sign-ins.' },
  'account-closed': { vi: 'Tài khoản đã bị đóng.', en: 'The account is closed.' },
} as const;
type Refusal = keyof typeof REFUSALS;

export async function signIn(em: EntityManager, username: string, password: string, ip: string | null = null): Promise<SignedIn> {
  const at = now();
  const name = (username ?? '').trim().toLowerCase();
  const outcome = await em.transactional(async (tem): Promise<SignedIn | { refusal: Refusal; lockedUntil?: Date }> => {
    const base = { at, ip, actorName: name.slice(0, 100), targetType: 'account' };
    const [found] = name ? await tem.execute<{ id: string }[]>(`select id from account where lower(username) = ?`, [name]) : [];
    const account = found ? await tem.findOne(Account, { id: found.id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!account) {
      await verifyNothing(password ?? '');
      await writeAudit(tem, { ...base, action: FAILED, details: { reason: 'unknown-username' } });
      return { refusal: 'invalid-credentials' };
    }
    const audit = (action: string, details: Record<string, unknown> = {}) =>
      writeAudit(tem, { ...base, actorId: account.id, actorName: account.username, targetId: account.id, action, details });
    if (account.status === 'locked' && (!account.lockedUntil || account.lockedUntil.getTime() > at.getTime())) {
      await audit('auth.sign-in.refused', { reason: 'locked' });
      return { refusal: 'account-locked', lockedUntil: account.lockedUntil ?? undefined };
    }
    const [row] = await tem.execute<{ password_hash: string }[]>(`select password_hash from account where id = ?`, [account.id]);
    const ok = await verifyPassword(row.password_hash, password ?? '');
    if (!ok) {
      await audit(FAILED, { reason: account.status === 'closed' ? 'closed-wrong-password' : 'wrong-password' });
      if (account.status === 'closed') return { refusal: 'invalid-credentials' };
      const policy = lockoutPolicy();
      const failures = await recentFailures(tem, account.id, at);
      if (failures < policy.threshold) return { refusal: 'invalid-credentials' };
      account.status = 'locked';
      account.lockedUntil = new Date(at.getTime() + policy.lockMinutes * 60_000);
      await tem.flush();
      await audit('auth.lockout', { failures, until: account.lockedUntil.toISOString() });
      return { refusal: 'account-locked', lockedUntil: account.lockedUntil };
    }
    if (account.status === 'closed') {
      await audit('auth.sign-in.refused', { reason: 'closed' });
      return { refusal: 'account-closed' };
    }
    account.status = 'active';
    account.lockedUntil = null;
    account.lastLoginAt = at;
    await tem.flush();
    const reason = passwordChangeReason(account, at);
    await audit('auth.sign-in', { passwordChangeReason: reason });
    return {
      accountId: account.id,
      username: account.username,
      fullName: account.fullName,
      epoch: account.sessionEpoch,
      passwordChangeRequired: reason !== null,
      passwordChangeReason: reason,
    };
  });
  if ('refusal' in outcome) {
    const details = outcome.lockedUntil ? { lockedUntil: outcome.lockedUntil.toISOString() } : undefined;
    throw new AppError(outcome.refusal, REFUSALS[outcome.refusal], details);
  }
  return outcome;
}
