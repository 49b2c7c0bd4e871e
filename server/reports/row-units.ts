// The rows of a report by unit level: every unit at the level within the scope on the
// report's date (units without data still get a row), with the subtotal unit above each
// and the level a drill-down would open. Vietnamese templates list units by code.
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, validOn } from '../repositories/units-sql';

export interface RowUnit { id: string; code: string; name: string; level: string; groupId: string | null; childLevel: string | null }
export interface GroupUnit { id: string; code: string; name: string; level: string }

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

export async function rowUnits(em: EntityManager, scope: string, date: string, level: string, groupLevel: string | null): Promise<RowUnit[]> {
  if (!isUuid(scope)) throw new Error(`not a uuid: ${scope}`);
  const group = groupLevel === null ? 'null::uuid' : `(select g.ancestor_id from org_unit_closure g join org_unit gu on gu.id = g.ancestor_id
      where g.descendant_id = u.id and gu.level = ${lit(groupLevel)} and ${validOn('g', date)} limit 1)`;
  const rows = await em.getConnection().execute<{ id: string; code: string; name: string; level: string; group_id: string | null; child_level: string | null }[]>(
    `select u.id, u.code, u.name, u.level, ${group} group_id,
            (select x.level from org_unit_closure k join org_unit x on x.id = k.descendant_id
              where k.ancestor_id = u.id and k.depth = 1 and x.unit_type = 'territorial' and ${validOn('k', date)} limit 1) child_level
       from org_unit_closure c join org_unit u on u.id = c.descendant_id
      where c.ancestor_id = '${scope}'::uuid and ${validOn('c', date)} and u.level = ${lit(level)}
      order by u.code`,
  );
  return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, level: r.level, groupId: r.group_id, childLevel: r.child_level }));
}

export async function unitsById(em: EntityManager, ids: string[]): Promise<Map<string, GroupUnit>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Map();
  const rows = await em.getConnection().execute<GroupUnit[]>(
    `select id, code, name, level from org_unit where id = any('{${valid.join(',')}}'::uuid[]) order by code`,
  );
  return new Map(rows.map((r) => [r.id, r] as const));
}
