// The live aggregation (DESIGN §4): first the unit map of the report's tree (a few thousand
// rows at most), then one GROUP BY statement over the facts joined with that map (fact-sql.ts:
// per-submission vectors for period reports, `fact` for registers).
// Returns partial aggregates per row, form, field and category; nothing is stored.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { InputCell } from '@/engine/reports/model';
import { aggregationSql } from './fact-sql';
import { unitMapCtes, type UnitMapParams } from './unit-map-sql';

export type StateFilter = 'approved' | 'submitted';

export interface FactQuery extends UnitMapParams {
  /** Reference dates of the covered periods besides `refDate` (each maps the units of its own tree). */
  moreRefDates?: string[];
  forms: string[];
  /** The form periods to cover; null for registers (no period). */
  periodKeys: string[] | null;
  fields: string[];
  /** `fields` hold every fact field of the (single) form: no per-fact field test is needed. */
  allFields?: boolean;
  state: StateFilter;
  /** Rows are categories, or a column picks one: keep categories apart. */
  byCategory: boolean;
  /** A column uses min or max. */
  minMax: boolean;
}

export interface RowCells { rowKey: string | null; groupKey: string | null; cells: InputCell[] }
export interface Aggregated { byRow: Map<string, RowCells>; mappedFacts: number; unallocatedFacts: number; facts: number }

interface MapRow { unit_id: string; row_id: string | null; group_id: string | null; mapped: boolean }
/** category, form_code, mn and mx come only when the template needs them (fact-sql.ts). */
interface Raw { k: number; category?: string | null; form_code?: string; field: string; s: string; n: string; mn?: string; mx?: string }
interface Target { rowKey: string | null; groupKey: string | null; mapped: boolean }

export function unitMapSql(p: UnitMapParams): string {
  return `with ${unitMapCtes(p)} select unit_id, row_id, group_id, mapped from unit_map`;
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
  // A province by commune has ~60 k groups: 4 MB of work_mem would spill them (≈ +20 ms).
  const raw = map.length === 0 ? [] : await em.transactional(async (tx) => {
    const { sql, settings } = aggregationSql(q, map.map((m) => m.unit_id), keys);
    const local = Object.entries({ enable_sort: 'off', work_mem: '32MB', ...settings }).map(([k, v]) => `set_config('${k}', '${v}', true)`);
    await tx.execute(`select ${local.join(', ')}`);
    return tx.execute<Raw[]>(sql);
  });
  const wanted = new Set(q.fields);
  const byRow = new Map<string, RowCells>();
  let mappedFacts = 0, unallocatedFacts = 0, facts = 0;
  for (const r of raw) {
    if (!wanted.has(r.field)) continue;
    const t = targets[r.k];
    const n = Number(r.n);
    const category = r.category ?? null;
    const rowKey = q.level === null ? category : t.rowKey;
    facts += n;
    if (t.mapped) mappedFacts += n;
    if (rowKey === null && q.level !== null) unallocatedFacts += n;
    const key = `${rowKey ?? ''}|${t.groupKey ?? ''}`;
    const entry = byRow.get(key) ?? { rowKey, groupKey: t.groupKey, cells: [] };
    entry.cells.push({ form: r.form_code ?? q.forms[0], field: r.field, category, sum: Number(r.s), count: n, min: Number(r.mn ?? null), max: Number(r.mx ?? null) });
    byRow.set(key, entry);
  }
  return { byRow, mappedFacts, unallocatedFacts, facts };
}
