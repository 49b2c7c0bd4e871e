// Who may do what on a submission's unit (SEC-3): read with any role, write drafts with
// data_entry; acting on the workflow is then decided by the workflow's own guards.
// Outside scope is always 403 'out-of-scope' (ids that do not exist are 404).
import type { Actor, RoleName, UnitRef } from '@/engine/access/actor';
import { canReachUnit, grantCovers, isSystemAdmin } from '@/engine/access/scope';
import { outOfScope } from '../../errors';

export function assertCanRead(actor: Actor, unit: UnitRef, domain: string | null): void {
  if (!canReachUnit(actor, unit, { domain })) throw outOfScope();
}

export function assertCanWrite(actor: Actor, unit: UnitRef, domain: string | null): void {
  if (!canReachUnit(actor, unit, { roles: ['data_entry', 'system_admin'], domain })) throw outOfScope();
}

/** The roles the actor holds over the unit (for redaction of restricted fields, SEC-2). */
export function rolesOver(actor: Actor, unit: UnitRef, domain: string | null): RoleName[] {
  const roles = actor.grants.filter((g) => grantCovers(g, unit, { domain })).map((g) => g.role);
  if (isSystemAdmin(actor)) roles.push('system_admin');
  return [...new Set(roles)];
}
