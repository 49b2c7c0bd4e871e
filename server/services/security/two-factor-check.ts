// The second factor at sign-in, inside the sign-in transaction: a TOTP code (its time step
// must be newer than the last one used, so a code cannot be replayed) or one unused recovery
// code (then spent). The caller audits the outcome and counts failures toward lockout.
import type { EntityManager } from '@mikro-orm/postgresql';
import { matchTotp } from '../../security/totp/totp';
import { looksLikeRecoveryCode, recoveryCodeMatches } from '../../security/totp/recovery-codes';
import { unseal } from './seal';
import { totpContext } from './two-factor-enrol';

export type SecondFactorResult = { ok: true; method: 'totp' | 'recovery' } | { ok: false; reason: 'wrong-otp' | 'replayed-otp' };

/** Whether the account has a confirmed enrolment (row-locked for the check that follows). */
export async function hasTwoFactor(tx: EntityManager, accountId: string): Promise<boolean> {
  const rows = await tx.execute<{ n: number }[]>(
    `select 1 n from two_factor where account_id = ? and confirmed_at is not null for update`, [accountId]);
  return rows.length > 0;
}

export async function checkSecondFactor(tx: EntityManager, accountId: string, code: string, at: Date): Promise<SecondFactorResult> {
  if (looksLikeRecoveryCode(code)) {
    const rows = await tx.execute<{ id: string; code_hash: string }[]>(
      `select id, code_hash from two_factor_recovery where account_id = ? and used_at is null order by id for update`, [accountId]);
    for (const r of rows) {
      if (await recoveryCodeMatches(r.code_hash, code)) {
        await tx.execute(`update two_factor_recovery set used_at = ? where id = ?`, [at, r.id]);
        return { ok: true, method: 'recovery' };
      }
    }
    return { ok: false, reason: 'wrong-otp' };
  }
  const [row] = await tx.execute<{ secret_sealed: string; last_used_step: string | null }[]>(
    `select secret_sealed, last_used_step from two_factor where account_id = ? and confirmed_at is not null`, [accountId]);
  if (!row) return { ok: false, reason: 'wrong-otp' };
  const step = matchTotp(unseal(row.secret_sealed, totpContext(accountId)).toString(), code, at);
  if (step === null) return { ok: false, reason: 'wrong-otp' };
  if (row.last_used_step !== null && step <= Number(row.last_used_step)) return { ok: false, reason: 'replayed-otp' };
  await tx.execute(`update two_factor set last_used_step = ? where account_id = ?`, [step, accountId]);
  return { ok: true, method: 'totp' };
}
