// Granting and revoking a role on a unit subtree (ACC-8): only inside the caller's subtree,
// system_admin only by a system admin. A revoke stamps revoked_at (never a delete), so who
// could do what, when, stays answerable.
import type { EntityManager } from '@mikro-orm/postgresql';
import { RoleAssignment } from '../../entities';
import { notFound } from '../../errors';
import { writeAudit } from '../../audit/write-audit';
import { assertCanGrant, auditActor, conflict, type AdminCaller } from './caller';
import { loadForChange } from './load-account';
import { roleDto, type RoleDto } from './dto';
import type { RoleInput } from './input';

export async function grantRole(em: EntityManager, caller: AdminCaller, accountId: string, input: RoleInput, at: Date, today: string): Promise<RoleDto> {
  return em.transactional(async (tem) => {
    const account = await loadForChange(tem, caller, accountId, today);
    if (account.status === 'closed') throw conflict('Tài khoản đã bị đóng.', 'The account is closed.');
    await assertCanGrant(tem, caller, input.role, input.unitId, today);
    const domain = input.domain ?? null;
    const same = await tem.findOne(RoleAssignment, { accountId, role: input.role, unitId: input.unitId, domain, revokedAt: null });
    if (same) throw conflict('Tài khoản đã có quyền này.', 'The account already holds this role.');
    const who = auditActor(caller);
    const grant = tem.create(RoleAssignment, { accountId, role: input.role, unitId: input.unitId, domain, grantedBy: who.actorId, grantedAt: at });
    await tem.flush();
    await writeAudit(tem, { ...who, at, action: 'role.grant', targetType: 'account', targetId: accountId, details: { assignmentId: grant.id, role: input.role, unitId: input.unitId, domain } });
    return roleDto(tem, grant, today);
  });
}

export async function revokeRole(em: EntityManager, caller: AdminCaller, accountId: string, assignmentId: string, at: Date, today: string): Promise<void> {
  await em.transactional(async (tem) => {
    await loadForChange(tem, caller, accountId, today);
    const UUID = /^[0-9a-f-]{36}$/i;
    const grant = UUID.test(assignmentId) ? await tem.findOne(RoleAssignment, { id: assignmentId, accountId, revokedAt: null }) : null;
    if (!grant) throw notFound({ vi: 'quyền được cấp', en: 'Role assignment' });
    const who = auditActor(caller);
    grant.revokedAt = at;
    grant.revokedBy = who.actorId;
    await tem.flush();
    await writeAudit(tem, { ...who, at, action: 'role.revoke', targetType: 'account', targetId: accountId, details: { assignmentId, role: grant.role, unitId: grant.unitId, domain: grant.domain ?? null } });
  });
}
