// Editing an account's contact fields (ACC-5); the audit row keeps what changed, from and to.
import type { EntityManager } from '@mikro-orm/postgresql';
import { writeAudit } from '../../audit/write-audit';
import { auditActor, type AdminCaller } from './caller';
import { loadForChange } from './load-account';
import { accountDetail, type AccountDetail } from './dto';
import type { UpdateAccountInput } from './input';

const FIELDS = ['fullName', 'email', 'phone', 'title'] as const;

export async function updateAccount(
  em: EntityManager,
  caller: AdminCaller,
  id: string,
  input: UpdateAccountInput,
  at: Date,
  today: string,
): Promise<AccountDetail> {
  return em.transactional(async (tem) => {
    const account = await loadForChange(tem, caller, id, today);
    const changes: Record<string, { from: string | null; to: string | null }> = {};
    for (const field of FIELDS) {
      const next = input[field];
      if (next === undefined) continue;
      const before = account[field] ?? null;
      if (before === next) continue;
      changes[field] = { from: before, to: next };
      if (field === 'fullName') account.fullName = next ?? account.fullName;
      else account[field] = next;
    }
    if (Object.keys(changes).length > 0) {
      await tem.flush();
      await writeAudit(tem, { ...auditActor(caller), at, action: 'account.update', targetType: 'account', targetId: id, details: { changes } });
    }
    return accountDetail(tem, account, today);
  });
}
