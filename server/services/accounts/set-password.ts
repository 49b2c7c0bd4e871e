// Setting a password, shared by creation, admin reset and the holder's own change: the
// strength policy (ACC-4), no reuse of the last 5 passwords (the current one included, so
// an initial or reset password can't be kept: ACC-2), and the history row.
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertStrongPassword } from '../../auth/password-policy';
import { hashPassword, verifyPassword } from '../../auth/password-hash';
import { AppError } from '../../errors';

export const PASSWORD_HISTORY_DEPTH = 5;

export async function assertNotReused(em: EntityManager, accountId: string, password: string): Promise<void> {
  const recent = await em.execute<{ password_hash: string }[]>(
    `select password_hash from password_history where account_id = ? order by created_at desc, id desc limit ?`,
    [accountId, PASSWORD_HISTORY_DEPTH],
  );
  for (const row of recent) {
    if (await verifyPassword(row.password_hash, password)) {
      throw new AppError('password-reused', {
        vi: `Không được dùng lại mật khẩu hiện tại hoặc ${PASSWORD_HISTORY_DEPTH} mật khẩu gần nhất.`,
        en: `The password can't be the current one or one of the last ${PASSWORD_HISTORY_DEPTH}.`,
      });
    }
  }
}

/**
 * Checks and hashes a new password. `checkReuse` is off for an admin-set password (the admin
 * can't know the history); the holder must change it at the next sign-in anyway.
 */
export async function preparePassword(
  em: EntityManager,
  accountId: string,
  password: string,
  opts: { checkReuse: boolean },
): Promise<string> {
  assertStrongPassword(password);
  if (opts.checkReuse) await assertNotReused(em, accountId, password);
  return hashPassword(password);
}

/** Stores the hash on the account and in the history, at once (the account row must exist). */
export async function storePassword(em: EntityManager, accountId: string, hash: string, at: Date): Promise<void> {
  await em.execute(`update account set password_hash = ? where id = ?`, [hash, accountId]);
  await em.execute(`insert into password_history (account_id, password_hash, created_at) values (?, ?, ?::timestamptz)`, [accountId, hash, at.toISOString()]);
}

export async function currentPasswordHash(em: EntityManager, accountId: string): Promise<string | null> {
  const rows = await em.execute<{ password_hash: string }[]>(`select password_hash from account where id = ?`, [accountId]);
  return rows[0]?.password_hash ?? null;
}
