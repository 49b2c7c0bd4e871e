// Who administers accounts, and where (ACC-8): a signed-in actor limited to its unit_admin
// subtrees (system admins everywhere), or the operator at the server console (CLI, seed),
// who has full rights. Every account service checks here, never in the route.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../../engine/access/actor';
import { canReachUnit, isSystemAdmin } from '../../../engine/access/scope';
import { findUnitRef, type UnitOnDate } from '../../repositories/unit-tree';
import { AppError, forbidden, notFound, outOfScope } from '../../errors';
import { RoleAssignment } from '../../entities';

export type AdminCaller = { actor: Actor; ip?: string | null } | { operator: string };

export function auditActor(caller: AdminCaller): { actorId: string | null; actorName: string; ip: string | null } {
  if ('operator' in caller) return { actorId: null, actorName: caller.operator, ip: null };
  return { actorId: caller.actor.accountId, actorName: caller.actor.username, ip: caller.ip ?? null };
}

export function isAccountAdmin(caller: AdminCaller): boolean {
  if ('operator' in caller) return true;
  return isSystemAdmin(caller.actor) || caller.actor.grants.some((g) => g.role === 'unit_admin');
}

export function callerIsSystemAdmin(caller: AdminCaller): boolean {
  return 'operator' in caller || isSystemAdmin(caller.actor);
}

export async function requireUnit(em: EntityManager, unitId: string, date: string): Promise<UnitOnDate> {
  const unit = await findUnitRef(em, unitId, date);
  if (!unit) throw notFound({ vi: 'đơn vị', en: 'Unit' });
  return unit;
}

/** True when the caller may administer accounts and roles on this unit. */
export function canAdministerUnit(caller: AdminCaller, unit: UnitOnDate): boolean {
  if (callerIsSystemAdmin(caller)) return true;
  return 'actor' in caller && canReachUnit(caller.actor, unit, { roles: ['unit_admin'] });
}

export async function assertCanAdministerUnit(em: EntityManager, caller: AdminCaller, unitId: string, date: string): Promise<UnitOnDate> {
  if (!isAccountAdmin(caller)) throw forbidden();
  const unit = await requireUnit(em, unitId, date);
  if (!canAdministerUnit(caller, unit)) throw outOfScope();
  return unit;
}

/** A role the caller may grant: system_admin only by a system admin, on a unit of its subtree. */
export async function assertCanGrant(em: EntityManager, caller: AdminCaller, role: string, unitId: string, date: string): Promise<UnitOnDate> {
  if (role === 'system_admin' && !callerIsSystemAdmin(caller)) {
    throw forbidden({ vi: 'Chỉ quản trị hệ thống mới cấp được quyền quản trị hệ thống.', en: 'Only a system administrator can grant system_admin.' });
  }
  return assertCanAdministerUnit(em, caller, unitId, date);
}

/**
 * An existing account the caller may change: its unit and every live grant it holds must lie
 * inside the caller's subtrees, so a unit admin never touches a wider account.
 */
export async function assertCanManageAccount(
  em: EntityManager,
  caller: AdminCaller,
  account: { id: string; unitId: string },
  date: string,
): Promise<void> {
  await assertCanAdministerUnit(em, caller, account.unitId, date);
  if (callerIsSystemAdmin(caller)) return;
  const roles = await em.find(RoleAssignment, { accountId: account.id, revokedAt: null });
  for (const r of roles) {
    if (r.role === 'system_admin') throw outOfScope();
    await assertCanAdministerUnit(em, caller, r.unitId, date);
  }
}

export const accountNotFound = () => notFound({ vi: 'tài khoản', en: 'Account' });

export const conflict = (vi: string, en: string) => new AppError('conflict', { vi, en });
