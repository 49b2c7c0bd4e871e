// Admin reset of two-factor sign-in (a lost phone and no recovery code left): a unit admin
// within scope or a system admin removes the enrolment and its recovery codes and ends the
// account's sessions; the holder must enrol again (forced when the role requires it). Audited.
import type { EntityManager } from '@mikro-orm/postgresql';
import { writeAudit } from '../../audit/write-audit';
import { auditActor, type AdminCaller } from '../accounts/caller';
import { loadForChange } from '../accounts/load-account';

export async function resetTwoFactor(em: EntityManager, caller: AdminCaller, accountId: string, at: Date, today: string): Promise<void> {
  await em.transactional(async (tx) => {
    const account = await loadForChange(tx, caller, accountId, today);
    const removed = await tx.execute<{ account_id: string }[]>(`delete from two_factor where account_id = ? returning account_id`, [account.id]);
    await tx.execute(`delete from two_factor_recovery where account_id = ?`, [account.id]);
    account.sessionEpoch += 1;
    await tx.flush();
    await writeAudit(tx, {
      ...auditActor(caller), at, action: 'two-factor.reset', targetType: 'account', targetId: account.id,
      details: { hadEnrolment: removed.length > 0 },
    });
  });
}
