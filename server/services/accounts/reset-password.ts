// Admin password reset (ACC-7: a lost password is recovered through the operator): sets a
// temporary password meeting the policy, forces a change at the next sign-in (ACC-2) and
// ends every open session of the account (session epoch).
import type { EntityManager } from '@mikro-orm/postgresql';
import { writeAudit } from '../../audit/write-audit';
import { auditActor, conflict, type AdminCaller } from './caller';
import { loadForChange } from './load-account';
import { preparePassword, storePassword } from './set-password';

export async function resetPassword(
  em: EntityManager,
  caller: AdminCaller,
  id: string,
  newPassword: string,
  at: Date,
  today: string,
): Promise<void> {
  await em.transactional(async (tem) => {
    const account = await loadForChange(tem, caller, id, today);
    if (account.status === 'closed') throw conflict('Tài khoản đã bị đóng.', 'The account is closed.');
    const hash = await preparePassword(tem, id, newPassword, { checkReuse: false });
    account.mustChangePassword = true;
    account.passwordChangedAt = at;
    account.sessionEpoch += 1;
    await tem.flush();
    await storePassword(tem, id, hash, at);
    await writeAudit(tem, { ...auditActor(caller), at, action: 'account.reset-password', targetType: 'account', targetId: id });
  });
}
