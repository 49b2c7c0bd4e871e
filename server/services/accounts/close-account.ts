// Closing an account (ACC-5): it is never deleted (its rows, grants and audit trail stay),
// it can no longer sign in, and its sessions end at their next request (session epoch).
// Bearer tokens stop too: authentication refuses a closed account on every request.
import type { EntityManager } from '@mikro-orm/postgresql';
import { writeAudit } from '../../audit/write-audit';
import { auditActor, conflict, type AdminCaller } from './caller';
import { loadForChange } from './load-account';

export async function closeAccount(
  em: EntityManager,
  caller: AdminCaller,
  id: string,
  reason: string | null,
  at: Date,
  today: string,
): Promise<void> {
  await em.transactional(async (tem) => {
    const account = await loadForChange(tem, caller, id, today);
    if ('actor' in caller && caller.actor.accountId === id) {
      throw conflict('Không thể tự đóng tài khoản của chính mình.', "You can't close your own account.");
    }
    if (account.status === 'closed') throw conflict('Tài khoản đã bị đóng.', 'The account is already closed.');
    account.status = 'closed';
    account.closedAt = at;
    account.lockedUntil = null;
    account.sessionEpoch += 1;
    await tem.flush();
    await writeAudit(tem, {
      ...auditActor(caller),
      at,
      action: 'account.close',
      targetType: 'account',
      targetId: id,
      details: { reason, hasActed: account.hasActed },
    });
  });
}
