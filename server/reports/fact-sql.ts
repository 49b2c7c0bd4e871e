// The GROUP BY of a live report, as SQL text over the unit map passed as arrays (grouping the
// map by unit tells the planner its units are distinct, so it hashes the map, not the facts).
// Period reports read `fact_vector` (one row per submission: the map is probed once per
// commune, not once per field); a country's units are cut into slices that parallel workers
// aggregate apart (Parallel Append, one snapshot). Registers (no period) read `fact`. Both
// return partial aggregates per target index k, form, field and category, with the planner
// settings the statement needs (local to its transaction).
import type { FactQuery } from './aggregate-facts';
import { rangeSlices, targetSlices } from './fact-slices';

/** `settings`: planner settings for the statement's transaction only (set_config(…, true)). */
export interface AggregationSql { sql: string; settings: Record<string, string> }

/** 2 workers + the leader: PostgreSQL's default parallel degree, as the floor's plan uses. */
const MAX_SLICES = 3;
/** Below this many units per slice a worker costs more than it saves. */
const SLICE_UNITS = 2000;

const quote = (x: string) => `'${x.replace(/'/g, "''")}'`;
const textArray = (xs: string[]) => `array[${xs.map(quote).join(',')}]::text[]`;
const unitMap = (units: string[], keys: number[]) =>
  `(select unit_id, min(k) k from unnest('{${units.join(',')}}'::uuid[], '{${keys.join(',')}}'::int[]) u(unit_id, k) group by unit_id)`;

function filters(q: FactQuery): string {
  const state = q.state === 'approved' ? 'f.approved' : `f.status <> 'draft'`;
  const period = q.periodKeys === null ? 'f.period_key is null'
    : q.periodKeys.length === 1 ? `f.period_key = ${quote(q.periodKeys[0])}` : `f.period_key = any(${textArray(q.periodKeys)})`;
  const form = q.forms.length === 1 ? `f.form_code = ${quote(q.forms[0])}` : `f.form_code = any(${textArray(q.forms)})`;
  return `${form} and ${period} and ${state}`;
}

/**
 * Output columns and grouping; `src` is the alias holding form_code, field, category, value.
 * Columns the template does not need are not sent (a province by commune returns 58 k rows).
 */
function shape(q: FactQuery, src: string) {
  const multi = q.forms.length > 1;
  const cols = [...(q.byCategory ? [`${src}.category`] : []), ...(multi ? [`${src}.form_code`] : []), `${src}.field`];
  const extremes = q.minMax ? `, min(${src}.value) mn, max(${src}.value) mx` : '';
  return { select: cols.join(', '), aggs: `sum(${src}.value) s, count(*) n${extremes}`, group: ['1', ...cols].join(', ') };
}

/** Registers: one `fact` row per record and field. `keys[i]` is the target index of `units[i]`. */
export function factSql(q: FactQuery, units: string[], keys: number[]): string {
  const s = shape(q, 'f');
  return `select m.k, ${s.select}, ${s.aggs}
    from fact f join ${unitMap(units, keys)} m on m.unit_id = f.unit_id
   where ${filters(q)} and f.field = any(${textArray(q.fields)})
   group by ${s.group}`;
}

/**
 * One slice of units over `fact_vector`. The per-element field test costs a quarter of the
 * query, so it is left out when the requested fields cover the form's facts (`q.allFields`);
 * elements of other fields (an older form version) are then dropped after the aggregation.
 */
function sliceSql(q: FactQuery, units: string[], keys: number[], lo: string | null, hi: string | null): string {
  const s = shape(q, 'x');
  const range = [...(lo ? [`f.unit_id >= '${lo}'`] : []), ...(hi ? [`f.unit_id < '${hi}'`] : [])].map((c) => ` and ${c}`).join('');
  return `select x.k, ${s.select}, ${s.aggs}
    from (select m.k, f.form_code, unnest(f.fields) field, ${q.byCategory ? 'unnest(f.categories)' : 'null::text'} category, unnest(f.vals) value
            from fact_vector f join ${unitMap(units, keys)} m on m.unit_id = f.unit_id
           where ${filters(q)}${range}) x
   ${q.allFields ? '' : `where x.field = any(${textArray(q.fields)})`}
   group by ${s.group}`;
}

/**
 * Period reports. A small map joins by index lookups, serially. A large one is cut into slices
 * (fact-slices.ts) aggregated by parallel workers, each hashing its part of the map; slices by
 * unit range read their range of the index and merge exactly (numeric) in the leader.
 */
export function vectorSql(q: FactQuery, units: string[], keys: number[]): AggregationSql {
  const n = Math.max(1, Math.min(MAX_SLICES, Math.floor(units.length / SLICE_UNITS)));
  if (n === 1) return { sql: sliceSql(q, units, keys, null, null), settings: {} };
  const byTarget = targetSlices(units, keys, n);
  const sqls = (byTarget ?? rangeSlices(units, keys, n)).map((p) => `(${sliceSql(q, p.units, p.keys, p.lo, p.hi)})`);
  const s = shape(q, 'p');
  return {
    sql: byTarget ? sqls.join(' union all ') : `select p.k, ${s.select}, sum(p.s) s, sum(p.n) n${q.minMax ? ', min(p.mn) mn, max(p.mx) mx' : ''}
    from (${sqls.join(' union all ')}) p
   group by ${s.group}`,
    // The planner cannot see that each vector holds a hundred facts: it prices a worker's start
    // above these few-thousand-row estimates, would probe the index once per unit, or split a
    // slice's scan among workers and aggregate serially above. One worker per slice instead.
    settings: { parallel_setup_cost: '0', enable_nestloop: 'off', min_parallel_table_scan_size: '1000GB', min_parallel_index_scan_size: '1000GB' },
  };
}

export const aggregationSql = (q: FactQuery, units: string[], keys: number[]): AggregationSql =>
  q.periodKeys === null ? { sql: factSql(q, units, keys), settings: {} } : vectorSql(q, units, keys);
