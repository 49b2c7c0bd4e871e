// Lifting a lockout before it expires (after failed sign-ins). The failure count restarts
// from here: sign-in counts failures only after the last unlock.
import type { EntityManager } from '@mikro-orm/postgresql';
import { writeAudit } from '../../audit/write-audit';
import { auditActor, conflict, type AdminCaller } from './caller';
import { loadForChange } from './load-account';

export async function unlockAccount(em: EntityManager, caller: AdminCaller, id: string, at: Date, today: string): Promise<void> {
  await em.transactional(async (tem) => {
    const account = await loadForChange(tem, caller, id, today);
    if (account.status === 'closed') throw conflict('Tài khoản đã bị đóng.', 'The account is closed.');
    const wasLocked = account.status === 'locked' || account.lockedUntil !== null;
    account.status = 'active';
    account.lockedUntil = null;
    await tem.flush();
    await writeAudit(tem, { ...auditActor(caller), at, action: 'account.unlock', targetType: 'account', targetId: id, details: { wasLocked } });
  });
}
