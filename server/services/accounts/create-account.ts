// Creating a person or unit account (ACC-1) with its initial roles, inside the caller's
// subtree (ACC-8). The initial password must meet the policy and be changed at first
// sign-in (ACC-2). The account, its roles and the audit row commit together.
import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Account, RoleAssignment } from '../../entities';
import { AppError } from '../../errors';
import { writeAudit } from '../../audit/write-audit';
import { assertCanAdministerUnit, assertCanGrant, auditActor, type AdminCaller } from './caller';
import { preparePassword, storePassword } from './set-password';
import { accountDetail, type AccountDetail } from './dto';
import type { CreateAccountInput } from './input';

const duplicate = (username: string) =>
  new AppError('duplicate', { vi: `Tên đăng nhập "${username}" đã tồn tại.`, en: `The username "${username}" already exists.` });

export async function createAccount(
  em: EntityManager,
  caller: AdminCaller,
  input: CreateAccountInput,
  at: Date,
  today: string,
): Promise<AccountDetail> {
  const username = input.username.trim().toLowerCase();
  try {
    return await em.transactional(async (tem) => {
      await assertCanAdministerUnit(tem, caller, input.unitId, today);
      for (const r of input.roles ?? []) await assertCanGrant(tem, caller, r.role, r.unitId, today);
      const taken = await tem.execute(`select 1 from account where lower(username) = ?`, [username]);
      if (taken.length > 0) throw duplicate(username);
      const id = crypto.randomUUID();
      const hash = await preparePassword(tem, id, input.password, { checkReuse: false });
      const account = tem.create(Account, {
        id,
        username,
        kind: input.kind,
        fullName: input.fullName,
        email: input.email ?? null,
        phone: input.phone ?? null,
        title: input.title ?? null,
        unitId: input.unitId,
        passwordHash: hash,
        mustChangePassword: true,
        passwordChangedAt: at,
        createdAt: at,
      });
      await tem.flush();
      await storePassword(tem, id, hash, at);
      const who = auditActor(caller);
      for (const r of input.roles ?? []) {
        tem.create(RoleAssignment, { accountId: id, role: r.role, unitId: r.unitId, domain: r.domain ?? null, grantedBy: who.actorId, grantedAt: at });
      }
      await tem.flush();
      await writeAudit(tem, {
        ...who,
        at,
        action: 'account.create',
        targetType: 'account',
        targetId: id,
        details: { username, kind: input.kind, unitId: input.unitId, roles: input.roles ?? [] },
      });
      return accountDetail(tem, account, today);
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw duplicate(username);
    throw err;
  }
}
