// The unit tree of a date, as the API, the CLI and reports ask for it (ORG-1, ORG-4): each
// question is one query over org_unit_closure, whose (ancestor, from, to) and (descendant,
// from, to) indexes make "descendants of X on D" an index range scan, not a recursive walk.
import type { EntityManager } from '@mikro-orm/postgresql';
import { UNIT_COLUMNS, VI_ORDER, toSummary, uuidArrayLit, validOn, type UnitColumnsRow, type UnitSummary } from './units-sql';

export type { UnitSummary } from './units-sql';

export interface DescendantRow {
  id: string;
  code: string;
  name: string;
  level: string;
  depth: number;
}

/** The unit and all its descendants on the date, shallowest first (depth 0 = the unit). */
export async function descendantsOn(em: EntityManager, unitId: string, date: string): Promise<DescendantRow[]> {
  return em.getConnection().execute<DescendantRow[]>(
    `select u.id, u.code, u.name, u.level, c.depth
       from org_unit_closure c join org_unit u on u.id = c.descendant_id
      where c.ancestor_id = ? and ${validOn('c', date)}
      order by c.depth, u.code`,
    [unitId],
  );
}

export interface TreeRow extends UnitSummary {
  depth: number;
  parentId: string | null;
}

/** The subtree under `rootId` on the date with each unit's parent, parents before children. */
export async function treeOn(em: EntityManager, rootId: string, date: string): Promise<TreeRow[]> {
  const rows = await em.getConnection().execute<(UnitColumnsRow & { depth: number; parent_id: string | null })[]>(
    `select ${UNIT_COLUMNS('u')}, c.depth, p.ancestor_id parent_id
       from org_unit_closure c
       join org_unit u on u.id = c.descendant_id
       left join org_unit_closure p on p.descendant_id = c.descendant_id and p.depth = 1 and ${validOn('p', date)}
      where c.ancestor_id = ? and ${validOn('c', date)}
      order by c.depth, ${VI_ORDER('u')}`,
    [rootId],
  );
  return rows.map((r) => ({ ...toSummary(r), depth: r.depth, parentId: r.parent_id }));
}

/** Units with this code (any level unless given) valid on the date. */
export async function unitsByCodeOn(em: EntityManager, code: string, date: string, level?: string): Promise<UnitSummary[]> {
  const rows = await em.getConnection().execute<UnitColumnsRow[]>(
    `select ${UNIT_COLUMNS('u')} from org_unit u
      where u.code = ? and ${validOn('u', date)} ${level ? 'and u.level = ?' : ''}
      order by u.level`,
    level ? [code, level] : [code],
  );
  return rows.map(toSummary);
}

/** One unit by id, whatever its validity (callers check the date). */
export async function unitById(em: EntityManager, id: string): Promise<UnitSummary | null> {
  const rows = await em.getConnection().execute<UnitColumnsRow[]>(`select ${UNIT_COLUMNS('u')} from org_unit u where u.id = ?`, [id]);
  return rows[0] ? toSummary(rows[0]) : null;
}

export interface Breadcrumb {
  id: string;
  code: string;
  name: string;
  level: string;
}

/** The unit's ancestors on the date, root first, excluding the unit itself. */
export async function ancestorsOn(em: EntityManager, unitId: string, date: string): Promise<Breadcrumb[]> {
  return em.getConnection().execute<Breadcrumb[]>(
    `select u.id, u.code, u.name, u.level
       from org_unit_closure c join org_unit u on u.id = c.ancestor_id
      where c.descendant_id = ? and c.depth > 0 and ${validOn('c', date)}
      order by c.depth desc`,
    [unitId],
  );
}

/** The given units and all their ancestors on the date: the "path" a scope may show. */
export async function selfAndAncestorIdsOn(em: EntityManager, unitIds: readonly string[], date: string): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `select distinct c.ancestor_id id from org_unit_closure c
      where c.descendant_id = any(${uuidArrayLit(unitIds)}) and ${validOn('c', date)}`,
  );
  return rows.map((r) => r.id);
}
