// Lockout after repeated failed sign-ins (ACC-4 hardening, SEC-4): THRESHOLD failures within
// WINDOW minutes lock the account for LOCKOUT minutes. Failures are counted from the audit
// log itself, since the later of the window start and the last success, unlock or lockout.
import type { EntityManager } from '@mikro-orm/postgresql';

function envNumber(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

export function lockoutPolicy() {
  return {
    threshold: envNumber('LOCKOUT_THRESHOLD', 5),
    windowMinutes: envNumber('LOCKOUT_WINDOW_MINUTES', 15),
    lockMinutes: envNumber('LOCKOUT_MINUTES', 15),
  };
}

export const FAILED = 'auth.sign-in.failed';
export const RESETS_COUNT = ['auth.sign-in', 'account.unlock', 'auth.lockout', 'account.reset-password'];

/** Failed sign-ins of the account that still count at `at` (the current one included once written). */
export async function recentFailures(em: EntityManager, accountId: string, at: Date): Promise<number> {
  const { windowMinutes } = lockoutPolicy();
  const windowStart = new Date(at.getTime() - windowMinutes * 60_000);
  const [row] = await em.execute<{ n: string }[]>(
    `select count(*) n from audit_log f
      where f.target_id = ? and f.action = ? and f.at > ?::timestamptz and f.at <= ?::timestamptz
        and f.at > coalesce((select max(r.at) from audit_log r
                              where r.target_id = ? and r.action in (?) and r.at <= ?::timestamptz), '-infinity')`,
    [accountId, FAILED, windowStart.toISOString(), at.toISOString(), accountId, RESETS_COUNT, at.toISOString()],
  );
  return Number(row.n);
}
