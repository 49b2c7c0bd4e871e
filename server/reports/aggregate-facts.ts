// The live aggregation (DESIGN §4): first the unit map of the report's tree (a few thousand
// rows at most), then one GROUP BY over `fact` hash-joined with that map passed as arrays;
// grouping the map by unit tells the planner its units are distinct, so it hashes the map
// (not the facts), aggregates in memory and can scan facts in parallel.
// Returns partial aggregates per row, form, field and category; nothing is stored.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { InputCell } from '@/engine/reports/model';
import { unitMapCtes, type UnitMapParams } from './unit-map-sql';

export type StateFilter = 'approved' | 'submitted';

export interface FactQuery extends UnitMapParams {
  /** Reference dates of the covered periods besides `refDate` (each maps the units of its own tree). */
  moreRefDates?: string[];
  forms: string[];
  /** The form periods to cover; null for registers (no period). */
  periodKeys: string[] | null;
  fields: string[];
  state: StateFilter;
  /** Rows are categories, or a column picks one: keep categories apart. */
  byCategory: boolean;
  /** A column uses min or max. */
  minMax: boolean;
}

export interface RowCells { rowKey: string | null; groupKey: string | null; cells: InputCell[] }
export interface Aggregated { byRow: Map<string, RowCells>; mappedFacts: number; unallocatedFacts: number; facts: number }

interface MapRow { unit_id: string; row_id: string | null; group_id: string | null; mapped: boolean }
interface Raw { k: number; category: string | null; form_code: string; field: string; s: string; n: string; mn: string; mx: string }
interface Target { rowKey: string | null; groupKey: string | null; mapped: boolean }

const quote = (x: string) => `'${x.replace(/'/g, "''")}'`;
const textArray = (xs: string[]) => `array[${xs.map(quote).join(',')}]::text[]`;

export function unitMapSql(p: UnitMapParams): string {
  return `with ${unitMapCtes(p)} select unit_id, row_id, group_id, mapped from unit_map`;
}

/**
 * The GROUP BY over facts; `keys[i]` is the target index of `units[i]`. Form, category,
 * min and max are computed only when the template needs them (narrower hash keys).
 */
export function factSql(q: FactQuery, units: string[], keys: number[]): string {
  const stateCond = q.state === 'approved' ? 'f.approved' : `f.status <> 'draft'`;
  const periodCond = q.periodKeys === null ? 'f.period_key is null'
    : q.periodKeys.length === 1 ? `f.period_key = ${quote(q.periodKeys[0])}` : `f.period_key = any(${textArray(q.periodKeys)})`;
  const formCond = q.forms.length === 1 ? `f.form_code = ${quote(q.forms[0])}` : `f.form_code = any(${textArray(q.forms)})`;
  const form = q.forms.length === 1 ? `${quote(q.forms[0])}::text` : 'f.form_code';
  const category = q.byCategory ? 'f.category' : 'null::text';
  const extremes = q.minMax ? 'min(f.value)' : 'null::numeric';
  const group = ['1', 'f.field', ...(q.byCategory ? ['f.category'] : []), ...(q.forms.length > 1 ? ['f.form_code'] : [])];
  return `select m.k, ${category} category, ${form} form_code, f.field,
         sum(f.value) s, count(*) n, ${extremes} mn, ${q.minMax ? 'max(f.value)' : 'null::numeric'} mx
    from fact f join (
      select unit_id, min(k) k from unnest('{${units.join(',')}}'::uuid[], '{${keys.join(',')}}'::int[]) u(unit_id, k) group by unit_id
    ) m on m.unit_id = f.unit_id
   where ${formCond} and ${periodCond} and f.field = any(${textArray(q.fields)}) and ${stateCond}
   group by ${group.join(', ')}`;
}

export async function aggregateFacts(em: EntityManager, q: FactQuery): Promise<Aggregated> {
  const conn = em.getConnection();
  const map: MapRow[] = [];
  const seen = new Set<string>();
  for (const refDate of [...new Set([q.refDate, ...(q.moreRefDates ?? [])])]) {
    for (const m of await conn.execute<MapRow[]>(unitMapSql({ ...q, refDate }))) {
      if (!seen.has(m.unit_id)) { seen.add(m.unit_id); map.push(m); }
    }
  }
  const targets: Target[] = [];
  const index = new Map<string, number>();
  const keys = map.map((m) => {
    const id = `${m.row_id}|${m.group_id}|${m.mapped}`;
    let k = index.get(id);
    if (k === undefined) { k = targets.length; index.set(id, k); targets.push({ rowKey: m.row_id, groupKey: m.group_id, mapped: m.mapped }); }
    return k;
  });
  // The planner cannot know the map has few targets and may sort a million facts to group
  // them; hash aggregation (which spills to disk if it must) is always right for this shape.
  const raw = map.length === 0 ? [] : await em.transactional(async (tx) => {
    await tx.execute('set local enable_sort = off');
    return tx.execute<Raw[]>(factSql(q, map.map((m) => m.unit_id), keys));
  });
  const byRow = new Map<string, RowCells>();
  let mappedFacts = 0, unallocatedFacts = 0, facts = 0;
  for (const r of raw) {
    const t = targets[r.k];
    const n = Number(r.n);
    const rowKey = q.level === null ? r.category : t.rowKey;
    facts += n;
    if (t.mapped) mappedFacts += n;
    if (rowKey === null && q.level !== null) unallocatedFacts += n;
    const key = `${rowKey ?? ''}|${t.groupKey ?? ''}`;
    const entry = byRow.get(key) ?? { rowKey, groupKey: t.groupKey, cells: [] };
    entry.cells.push({ form: r.form_code, field: r.field, category: r.category, sum: Number(r.s), count: n, min: Number(r.mn), max: Number(r.mx) });
    byRow.set(key, entry);
  }
  return { byRow, mappedFacts, unallocatedFacts, facts };
}
