// The holder changes their own password (ACC-2 first sign-in, ACC-3 expiry, ACC-6 after a
// handover): current password checked, policy and no reuse of the last 5. Every session of
// the account ends (session epoch bumped): the web UI signs in again with the new password.
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { Account } from '../../entities';
import { AppError } from '../../errors';
import { writeAudit } from '../../audit/write-audit';
import { verifyPassword } from '../../auth/password-hash';
import { currentPasswordHash, preparePassword, storePassword } from '../accounts/set-password';

export async function changeOwnPassword(
  em: EntityManager,
  accountId: string,
  currentPassword: string,
  newPassword: string,
  at: Date,
  ip: string | null = null,
): Promise<void> {
  await em.transactional(async (tem) => {
    const account = await tem.findOneOrFail(Account, { id: accountId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const stored = await currentPasswordHash(tem, accountId);
    if (!stored || !(await verifyPassword(stored, currentPassword))) {
      throw new AppError('invalid-credentials', {
        vi: 'Mật khẩu hiện tại không đúng.',
        en: 'The current password is wrong.',
      });
    }
    const hash = await preparePassword(tem, accountId, newPassword, { checkReuse: true });
    account.mustChangePassword = false;
    account.passwordChangedAt = at;
    account.passwordChangeDueAt = null;
    account.sessionEpoch += 1;
    await tem.flush();
    await storePassword(tem, accountId, hash, at);
    await writeAudit(tem, { actorId: account.id, actorName: account.username, ip, at, action: 'account.password-change', targetType: 'account', targetId: accountId });
  });
}
