// One SQL expression for "this unit on a date, with its ancestors root first and their
// levels", shared by the actor load and the submission services. It replaces a findUnitRef
// query plus a second query for the ancestors' levels: one round trip instead of two.
import type { UnitAncestor } from '@/engine/workflow/context';
import { closureOnDateSql, type UnitOnDate } from './unit-tree';

/** Columns of org_unit `u` on the date given by `param` (a placeholder or literal). */
export const UNIT_ON_DATE_COLUMNS = (param: string) => `u.id, u.code, u.name, u.level, u.unit_type, u.domains,
  to_char(u.valid_from, 'YYYY-MM-DD') valid_from, to_char(u.valid_to, 'YYYY-MM-DD') valid_to,
  (select array_agg(c.ancestor_id::text order by c.depth desc) from org_unit_closure c
    where c.descendant_id = u.id and c.depth > 0 and ${closureOnDateSql('c', param)}) ancestors,
  (select array_agg(coalesce(a.level, '') order by c.depth desc) from org_unit_closure c left join org_unit a on a.id = c.ancestor_id
    where c.descendant_id = u.id and c.depth > 0 and ${closureOnDateSql('c', param)}) ancestor_levels`;

/** How many times UNIT_ON_DATE_COLUMNS uses its date parameter (for positional bindings). */
export const UNIT_ON_DATE_PARAMS = 4;

export interface UnitOnDateRow {
  id: string; code: string; name: string; level: string; unit_type: string; domains: string[] | null;
  valid_from: string; valid_to: string | null; ancestors: string[] | null; ancestor_levels: string[] | null;
}

/** The unit exactly as findUnitRef returns it (no extra keys: actors are serialised). */
export function unitFromRow(r: UnitOnDateRow): UnitOnDate {
  const ancestorIds = r.ancestors ?? [];
  return {
    id: r.id, code: r.code, name: r.name, level: r.level, unitType: r.unit_type, domains: r.domains ?? [],
    validFrom: r.valid_from, validTo: r.valid_to, ancestorIds,
    parentId: ancestorIds.length ? ancestorIds[ancestorIds.length - 1] : null,
  };
}

/** The ancestors with their levels, root first ('' for a level not found, as before). */
export function ancestorsFromRow(r: UnitOnDateRow): UnitAncestor[] {
  const levels = r.ancestor_levels ?? [];
  return (r.ancestors ?? []).map((id, i) => ({ id, level: levels[i] ?? '' }));
}
