// Per-table fingerprints (row count + content hash) that say "this database holds exactly the
// data of that backup". The hash is order-free (a sum of per-row md5 halves) so it needs no
// sort, no collation and no 1 GB string; session settings pin the text form of every value.
import type { TableFingerprints } from '../../entities/backup-record';

export interface Queryable {
  query<R extends object = Record<string, unknown>>(text: string): Promise<{ rows: R[] }>;
}

// Every value's text form depends on these; both sides of a comparison use the same ones.
const PIN_OUTPUT = [
  `set local timezone = 'UTC'`,
  `set local datestyle = 'ISO, YMD'`,
  `set local intervalstyle = 'postgres'`,
  `set local extra_float_digits = 1`,
  `set local bytea_output = 'hex'`,
];

const TABLES_SQL = `
  select format('%I.%I', n.nspname, c.relname) as name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where c.relkind = 'r'
     and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
     and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
   order by 1`;

function tableSql(name: string): string {
  const half = (from: number) => `coalesce(sum(('x' || substr(h, ${from}, 16))::bit(64)::bigint::numeric), 0)::text`;
  return `select count(*)::bigint as rows, md5(count(*)::text || ':' || ${half(1)} || ':' || ${half(17)}) as hash
            from (select md5(t::text) as h from ${name} t) s`;
}

/** Must run inside a transaction (the settings are SET LOCAL); reads every user table. */
export async function tableFingerprints(db: Queryable): Promise<TableFingerprints> {
  for (const statement of PIN_OUTPUT) await db.query(statement);
  const tables = (await db.query<{ name: string }>(TABLES_SQL)).rows.map((r) => r.name);
  const result: TableFingerprints = {};
  for (const name of tables) {
    const [row] = (await db.query<{ rows: string; hash: string }>(tableSql(name))).rows;
    result[name] = { rows: Number(row.rows), hash: row.hash };
  }
  return result;
}

export interface FingerprintDiff {
  table: string;
  expected: { rows: number; hash: string } | null;
  actual: { rows: number; hash: string } | null;
}

/** Tables whose count or hash differ, or that exist on one side only. */
export function compareFingerprints(expected: TableFingerprints, actual: TableFingerprints): FingerprintDiff[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return names
    .filter((t) => expected[t]?.rows !== actual[t]?.rows || expected[t]?.hash !== actual[t]?.hash)
    .map((t) => ({ table: t, expected: expected[t] ?? null, actual: actual[t] ?? null }));
}
