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
import { checkSecondFactor, hasTwoFactor } from '../security/two-factor-check';

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
  'otp-required': { vi: 'Nhập mã xác thực từ ứng dụng (hoặc một mã khôi phục).', en: 'Enter the code from your authenticator app (or a recovery code).' },
  'otp-invalid': { vi: 'Mã xác thực không đúng hoặc đã được dùng.', en: 'The verification code is wrong or was already used.' },
} as const;
type Refusal = keyof typeof REFUSALS;

export async function signIn(em: EntityManager, username: string, password: string, ip: string | null = null, otp: string | null = null): Promise<SignedIn> {
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
    // Two-factor (SEC-4): a right password without the required code asks for it; a wrong or
    // replayed code counts as a failed sign-in toward lockout, like a wrong password.
    let second: Awaited<ReturnType<typeof checkSecondFactor>> | null = null;
    if (ok && account.status !== 'closed' && (await hasTwoFactor(tem, account.id))) {
      if (!otp?.trim()) {
        await audit('auth.sign-in.otp-required');
        return { refusal: 'otp-required' };
      }
      second = await checkSecondFactor(tem, account.id, otp, at);
    }
    if (!ok || (second && !second.ok)) {
      const reason = !ok ? (account.status === 'closed' ? 'closed-wrong-password' : 'wrong-password') : second && !second.ok ? second.reason : 'wrong-otp';
      await audit(FAILED, { reason });
      if (account.status === 'closed') return { refusal: 'invalid-credentials' };
      const policy = lockoutPolicy();
      const failures = await recentFailures(tem, account.id, at);
      if (failures < policy.threshold) return { refusal: ok ? 'otp-invalid' : 'invalid-credentials' };
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
    await audit('auth.sign-in', { passwordChangeReason: reason, secondFactor: second?.ok ? second.method : null });
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
