// Who took over from whom (ORG-4): successors and predecessors of a unit from
// org_unit_succession, with the validity of each linked unit so a client can open it on a
// date when it existed.
import type { EntityManager } from '@mikro-orm/postgresql';
import { UNIT_COLUMNS, toSummary, type UnitColumnsRow, type UnitSummary } from './units-sql';

export interface SuccessionEntry extends UnitSummary {
  effectiveDate: string;
  mapping: 'full' | 'partial';
  note: string | null;
}

type Row = UnitColumnsRow & { effective_date: string; mapping: 'full' | 'partial'; note: string | null };

const toEntry = (r: Row): SuccessionEntry => ({ ...toSummary(r), effectiveDate: r.effective_date, mapping: r.mapping, note: r.note });

export async function successionOf(
  em: EntityManager,
  unitId: string,
): Promise<{ successors: SuccessionEntry[]; predecessors: SuccessionEntry[] }> {
  const rows = await em.getConnection().execute<(Row & { dir: 'succ' | 'pred' })[]>(
    `select 'succ' dir, ${UNIT_COLUMNS('u')}, to_char(s.effective_date, 'YYYY-MM-DD') effective_date, s.mapping, s.note
       from org_unit_succession s join org_unit u on u.id = s.successor_id where s.predecessor_id = ?
     union all
     select 'pred' dir, ${UNIT_COLUMNS('u')}, to_char(s.effective_date, 'YYYY-MM-DD') effective_date, s.mapping, s.note
       from org_unit_succession s join org_unit u on u.id = s.predecessor_id where s.successor_id = ?
     order by dir, code`,
    [unitId, unitId],
  );
  return {
    successors: rows.filter((r) => r.dir === 'succ').map(toEntry),
    predecessors: rows.filter((r) => r.dir === 'pred').map(toEntry),
  };
}
