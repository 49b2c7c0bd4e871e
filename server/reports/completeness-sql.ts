// Expected units of a form and period, each with its submission (if any): the units at the
// form's levels valid on the period's reference date, placed on the report tree (date D)
// within the scope. A closed or merged unit is not valid on that date, so it is never
// expected, and DISTINCT ON keeps every unit once: rates cannot exceed 100% (RPT-7).
import type { EntityManager } from '@mikro-orm/postgresql';
import { dateLit, validOn } from '../repositories/units-sql';
import { unitMapCtes } from './unit-map-sql';

export interface ExpectedUnit {
  id: string; code: string; name: string; level: string; mapped: boolean; group_id: string | null;
  status: string | null; submitted_at: Date | null; approved_at: Date | null; on_time: boolean | null;
}

export interface CompletenessQuery { scope: string; date: string; refDate: string; dueDate: string | null; form: string; periodKey: string; levels: string[] }

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

export async function expectedUnits(em: EntityManager, q: CompletenessQuery): Promise<{ units: ExpectedUnit[]; notCounted: number }> {
  const ctes = `${unitMapCtes({ scope: q.scope, date: q.date, refDate: q.refDate, level: null, groupLevel: null })},
  child_of as (
    select c.descendant_id, k.descendant_id ancestor_id from org_unit_closure k
      join org_unit_closure c on c.ancestor_id = k.descendant_id and ${validOn('c', q.date)}
     where k.ancestor_id = '${q.scope}'::uuid and k.depth = 1 and ${validOn('k', q.date)}
  ),
  expected as (
    select distinct on (u.id) u.id, u.code, u.name, u.level, m.mapped, co.ancestor_id group_id
      from unit_map m join org_unit u on u.id = m.unit_id
      left join child_of co on co.descendant_id = m.anchor_id
     where u.level = any(array[${q.levels.map(lit).join(',')}]::text[]) and ${validOn('u', q.refDate)}
     order by u.id, co.ancestor_id
  ),
  subs as (
    select s.unit_id, s.status, s.submitted_at, s.approved_at from submission s
     where s.form_code = ${lit(q.form)} and s.period_key = ${lit(q.periodKey)} and s.kind = 'report'
  )`;
  const due = q.dueDate ? dateLit(q.dueDate) : 'null::date';
  const conn = em.getConnection();
  const units = await conn.execute<ExpectedUnit[]>(
    `with ${ctes}
     select e.id, e.code, e.name, e.level, e.mapped, e.group_id, s.status, s.submitted_at, s.approved_at,
            case when s.submitted_at is null or s.status = 'draft' then null
                 else (s.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date <= coalesce(${due}, 'infinity'::date) end on_time
       from expected e left join subs s on s.unit_id = e.id
      order by e.code`,
  );
  const [extra] = await conn.execute<{ n: string }[]>(
    `with ${ctes}
     select count(*) n from subs s join unit_map m on m.unit_id = s.unit_id
      where s.status <> 'draft' and not exists (select 1 from expected e where e.id = s.unit_id)`,
  );
  return { units, notCounted: Number(extra?.n ?? 0) };
}
