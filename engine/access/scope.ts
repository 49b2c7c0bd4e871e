// Scope checks as pure functions: a grant on a unit covers that unit's whole subtree on the
// date the question is about (ACC-8, SEC-3). The server resolves units; this decides.
import type { Actor, RoleGrant, RoleName, UnitRef } from './actor';

export interface ScopeQuery {
  /** Roles that qualify; empty or absent = any role. */
  roles?: readonly RoleName[];
  /** The domain of the data; a grant limited to another domain does not cover it. */
  domain?: string | null;
}

export function grantCovers(grant: RoleGrant, unit: UnitRef, query: ScopeQuery = {}): boolean {
  if (query.roles && query.roles.length > 0 && !query.roles.includes(grant.role)) return false;
  if (grant.domain !== null && query.domain != null && grant.domain !== query.domain) return false;
  return grant.unit.id === unit.id || unit.ancestorIds.includes(grant.unit.id);
}

export function isSystemAdmin(actor: Actor): boolean {
  return actor.grants.some((g) => g.role === 'system_admin');
}

/** True when one of the actor's grants covers the unit (system admins cover everything). */
export function canReachUnit(actor: Actor, unit: UnitRef, query: ScopeQuery = {}): boolean {
  if (isSystemAdmin(actor) && (!query.roles || query.roles.length === 0 || query.roles.includes('system_admin'))) return true;
  return actor.grants.some((g) => grantCovers(g, unit, query));
}

/** The grant units from which the actor's reachable subtrees start (for filtering lists in SQL). */
export function scopeRoots(actor: Actor, query: ScopeQuery = {}): string[] {
  const roots = actor.grants
    .filter((g) => !query.roles || query.roles.length === 0 || query.roles.includes(g.role))
    .filter((g) => g.domain === null || query.domain == null || g.domain === query.domain)
    .map((g) => g.unit.id);
  return [...new Set(roots)];
}
