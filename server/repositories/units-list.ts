// Paged unit lists for the API: the children of a unit, a search inside some subtrees, or a
// set of units, on one date, with each unit's parent and child count of that date, sorted
// the Vietnamese way and searched without diacritics ("dak lak" finds "Đắk Lắk").
import type { EntityManager } from '@mikro-orm/postgresql';
import { UNIT_COLUMNS, VI_ORDER, toSummary, uuidArrayLit, validOn, type UnitColumnsRow, type UnitSummary } from './units-sql';

export type UnitSource =
  | { kind: 'children'; parentId: string; onlyIds?: readonly string[] }
  | { kind: 'subtrees'; rootIds: readonly string[] | null; strict?: boolean }
  | { kind: 'ids'; ids: readonly string[] }
  | { kind: 'roots' };

export interface ListFilter {
  date: string;
  level?: string;
  q?: string;
  limit: number;
  offset: number;
}

export interface UnitListItem extends UnitSummary {
  parentId: string | null;
  childCount: number;
}

function sourceSql(src: UnitSource, date: string): { sql: string; params: unknown[] } {
  switch (src.kind) {
    case 'children':
      return {
        sql: `select c.descendant_id id from org_unit_closure c where c.ancestor_id = ? and c.depth = 1 and ${validOn('c', date)}
              ${src.onlyIds ? `and c.descendant_id = any(${uuidArrayLit(src.onlyIds)})` : ''}`,
        params: [src.parentId],
      };
    case 'subtrees':
      return src.rootIds === null
        ? { sql: `select u.id from org_unit u where ${validOn('u', date)}`, params: [] }
        : {
            sql: `select distinct c.descendant_id id from org_unit_closure c
                   where c.ancestor_id = any(${uuidArrayLit(src.rootIds)}) and ${validOn('c', date)}
                   ${src.strict ? 'and c.depth > 0' : ''}`,
            params: [],
          };
    case 'ids':
      return { sql: `select unnest(${uuidArrayLit(src.ids)}) id`, params: [] };
    case 'roots':
      // Units of the date that have no parent on that date (the country, normally).
      return {
        sql: `select u.id from org_unit u where ${validOn('u', date)} and not exists
                (select 1 from org_unit_closure c where c.descendant_id = u.id and c.depth > 0 and ${validOn('c', date)})`,
        params: [],
      };
  }
}

/** One page of units plus the total; parent and child counts are computed for the page only. */
export async function listUnitsOn(em: EntityManager, src: UnitSource, f: ListFilter): Promise<{ total: number; items: UnitListItem[] }> {
  const source = sourceSql(src, f.date);
  const where: string[] = [validOn('u', f.date)];
  const params: unknown[] = [...source.params];
  if (f.level) {
    where.push('u.level = ?');
    params.push(f.level);
  }
  if (f.q) {
    where.push(`vn_fold(u.name) like '%' || vn_fold(?) || '%'`);
    params.push(f.q);
  }
  const sql = `
    with picked as (${source.sql}),
    page as (
      select u.id, count(*) over () total from org_unit u join picked on picked.id = u.id
       where ${where.join(' and ')}
       order by ${VI_ORDER('u')} limit ? offset ?
    )
    select ${UNIT_COLUMNS('u')}, page.total,
      (select pc.ancestor_id from org_unit_closure pc
        where pc.descendant_id = u.id and pc.depth = 1 and ${validOn('pc', f.date)} limit 1) parent_id,
      (select count(*) from org_unit_closure cc
        where cc.ancestor_id = u.id and cc.depth = 1 and ${validOn('cc', f.date)})::int child_count
    from page join org_unit u on u.id = page.id
    order by ${VI_ORDER('u')}`;
  const rows = await em.getConnection().execute<(UnitColumnsRow & { total: string; parent_id: string | null; child_count: number })[]>(
    sql,
    [...params, f.limit, f.offset],
  );
  let total = rows.length ? Number(rows[0].total) : 0;
  if (!rows.length && f.offset > 0) {
    // Past the last page: the window count is not available, so count separately.
    const [c] = await em.getConnection().execute<{ n: string }[]>(
      `with picked as (${source.sql}) select count(*) n from org_unit u join picked on picked.id = u.id where ${where.join(' and ')}`,
      params,
    );
    total = Number(c.n);
  }
  return { total, items: rows.map((r) => ({ ...toSummary(r), parentId: r.parent_id, childCount: r.child_count })) };
}
