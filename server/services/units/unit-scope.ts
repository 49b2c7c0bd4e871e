// What part of the unit tree a caller may see on a date (SEC-3): the subtrees of their
// grants in full, plus the ancestors of those subtrees as a breadcrumb path only (visible
// themselves, but not their other children). System admins see everything.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, UnitRef } from '../../../engine/access/actor';
import { canReachUnit, isSystemAdmin, scopeRoots } from '../../../engine/access/scope';
import { selfAndAncestorIdsOn } from '../../repositories/units';

export interface UnitVisibility {
  all: boolean;
  /** The grant units where the caller's subtrees start. */
  roots: string[];
  /** The roots and their ancestors on the date. */
  path: Set<string>;
}

export type Reach = 'full' | 'path' | 'none';

export async function visibilityOn(em: EntityManager, actor: Actor, date: string): Promise<UnitVisibility> {
  if (isSystemAdmin(actor)) return { all: true, roots: [], path: new Set() };
  const roots = scopeRoots(actor);
  return { all: false, roots, path: new Set([...roots, ...(await selfAndAncestorIdsOn(em, roots, date))]) };
}

/** `unit` must carry its ancestors of the same date as `vis`. */
export function reachOf(vis: UnitVisibility, actor: Actor, unit: UnitRef): Reach {
  if (vis.all || canReachUnit(actor, unit)) return 'full';
  return vis.path.has(unit.id) ? 'path' : 'none';
}
