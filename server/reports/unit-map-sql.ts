// Which row of the report tree (date D) each data unit's facts belong to. A unit valid on D
// maps to itself; a unit of another tree (the data's reference date R) maps through the
// succession link of its nearest linked ancestor: forward when the predecessor has one
// successor, backward only over a 'full' link from a successor with one predecessor.
import { dateLit, isUuid, validOn } from '../repositories/units-sql';

export interface UnitMapParams {
  scope: string;
  /** The tree the report is drawn on. */
  date: string;
  /** The date the data describes (the period's reference date). */
  refDate: string;
  /** Row level, or null when rows are categories. */
  level: string | null;
  /** Subtotal level, or null: the row's ancestor at that level (the anchor's, for unallocated facts). */
  groupLevel: string | null;
}

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** CTEs (after `with`) ending in `unit_map(unit_id, anchor_id, mapped, row_id, group_id)`. */
export function unitMapCtes(p: UnitMapParams): string {
  if (!isUuid(p.scope)) throw new Error(`not a uuid: ${p.scope}`);
  const D = dateLit(p.date), R = dateLit(p.refDate);
  const levelOf = (lvl: string | null, name: string) => lvl === null
    ? `${name} as (select null::uuid descendant_id, null::uuid ancestor_id where false)`
    : `${name} as (select c.descendant_id, c.ancestor_id from org_unit x
         join org_unit_closure c on c.ancestor_id = x.id and ${validOn('c', p.date)}
        where x.level = ${lit(lvl)} and ${validOn('x', p.date)}
          and exists (select 1 from org_unit_closure s where s.ancestor_id = '${p.scope}'::uuid and s.descendant_id = x.id and ${validOn('s', p.date)}))`;
  return `target as (
    select c.descendant_id id from org_unit_closure c where c.ancestor_id = '${p.scope}'::uuid and ${validOn('c', p.date)}
  ),
  links as (
    select s.successor_id target_id, s.predecessor_id source_id from org_unit_succession s
     where s.effective_date > ${R} and s.effective_date <= ${D}
       and not exists (select 1 from org_unit_succession o where o.predecessor_id = s.predecessor_id and o.successor_id <> s.successor_id)
    union all
    select s.predecessor_id, s.successor_id from org_unit_succession s
     where s.effective_date > ${D} and s.effective_date <= ${R} and s.mapping = 'full'
       and not exists (select 1 from org_unit_succession o where o.successor_id = s.successor_id and o.predecessor_id <> s.predecessor_id)
  ),
  mapped as (
    select distinct on (c.descendant_id) c.descendant_id unit_id, l.target_id anchor_id
      from links l
      join target t on t.id = l.target_id
      join org_unit_closure c on c.ancestor_id = l.source_id and ${validOn('c', p.refDate)}
      join org_unit u on u.id = c.descendant_id and not (${validOn('u', p.date)})
     order by c.descendant_id, c.depth
  ),
  anchors as (
    select id unit_id, id anchor_id, false mapped from target
    union all
    select unit_id, anchor_id, true from mapped
  ),
  ${levelOf(p.level, 'row_of')},
  ${levelOf(p.groupLevel, 'group_of')},
  unit_map as (
    select a.unit_id, a.anchor_id, a.mapped, r.ancestor_id row_id, g.ancestor_id group_id
      from anchors a
      left join row_of r on r.descendant_id = a.anchor_id
      left join group_of g on g.descendant_id = coalesce(r.ancestor_id, a.anchor_id)
  )`;
}
