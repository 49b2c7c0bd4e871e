// The unit tree of a date, read through the closure table (one indexed range lookup per
// question). Dates are civil dates 'YYYY-MM-DD'; validity bounds are inclusive.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { UnitRef } from '../../engine/access/actor';

export interface UnitOnDate extends UnitRef {
  name: string;
  unitType: string;
  validFrom: string;
  validTo: string | null;
  parentId: string | null;
}

const ON_DATE = (alias: string, param: string) =>
  `${alias}.valid_from <= ${param}::date and (${alias}.valid_to is null or ${alias}.valid_to >= ${param}::date)`;

export async function findUnitRef(em: EntityManager, unitId: string, date: string): Promise<UnitOnDate | null> {
  const rows = await em.getConnection().execute<
    { id: string; code: string; name: string; level: string; unit_type: string; domains: string[] | null; valid_from: string; valid_to: string | null; ancestors: string[] | null }[]
  >(
    `select u.id, u.code, u.name, u.level, u.unit_type, u.domains, to_char(u.valid_from, 'YYYY-MM-DD') valid_from,
            to_char(u.valid_to, 'YYYY-MM-DD') valid_to,
            (select array_agg(c.ancestor_id::text order by c.depth desc) from org_unit_closure c
              where c.descendant_id = u.id and c.depth > 0 and ${ON_DATE('c', '?')}) ancestors
       from org_unit u where u.id = ?`,
    [date, date, unitId],
  );
  const r = rows[0];
  if (!r) return null;
  const ancestorIds = r.ancestors ?? [];
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    level: r.level,
    unitType: r.unit_type,
    domains: r.domains ?? [],
    validFrom: r.valid_from,
    validTo: r.valid_to,
    ancestorIds,
    parentId: ancestorIds.length ? ancestorIds[ancestorIds.length - 1] : null,
  };
}

/** Ids of the unit itself and all its descendants on the date (ORG-1). */
export async function descendantIdsOn(em: EntityManager, unitId: string, date: string): Promise<string[]> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `select descendant_id id from org_unit_closure c where c.ancestor_id = ? and ${ON_DATE('c', '?')}`,
    [unitId, date, date],
  );
  return rows.map((r) => r.id);
}

export const closureOnDateSql = ON_DATE;
