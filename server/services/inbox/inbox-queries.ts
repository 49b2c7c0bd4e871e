// SQL behind the inbox. Which units an officer is asked for in a period follows the
// completeness rule (server/reports/completeness-sql.ts): only units valid on the period's
// REFERENCE DATE, reached through a data_entry grant whose subtree on the reference date
// holds the unit: the same tree the write path's assertCanWrite checks, so the inbox never
// offers what the save would refuse, and a commune created on 1 July 2025 is never asked for
// the 2024 annual report. (A closed unit's open period stays with the accounts granted on it;
// handing it to a successor's officers needs the workflow guards to follow succession too.)
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { closureOnDateSql } from '../../repositories/unit-tree';

export interface EntryUnit { id: string; code: string; name: string; level: string; domains: (string | null)[] }

const on = (alias: string, date: string) => closureOnDateSql(alias, date);

function grantArrays(actor: Actor): [string, string] | null {
  const grants = actor.grants.filter((g) => g.role === 'data_entry');
  if (grants.length === 0) return null;
  return [`{${grants.map((g) => g.unit.id).join(',')}}`, toPgArray(grants.map((g) => g.domain))];
}

/** (form, period) pairs of returned reports the actor may own, whatever the period's window. */
export async function returnedKeys(em: EntityManager, actor: Actor, formCodes: string[]): Promise<{ form_code: string; period_key: string }[]> {
  const g = grantArrays(actor);
  if (!g) return [];
  return em.execute(
    `select distinct s.form_code, s.period_key from submission s
      where s.kind = 'report' and s.form_code = any(?::text[]) and s.status in ('returned', 'rejected')
        and exists (select 1 from org_unit_closure c where c.descendant_id = s.unit_id and c.ancestor_id = any(?::uuid[]))`,
    [toPgArray(formCodes), g[0]],
  );
}

/** Units the actor is asked for, per reference date ('YYYY-MM-DD'), in one query. */
export async function entryUnitsOn(em: EntityManager, actor: Actor, dates: string[]): Promise<Map<string, EntryUnit[]>> {
  const g = grantArrays(actor);
  const out = new Map<string, EntryUnit[]>();
  if (!g || dates.length === 0) return out;
  const rows = await em.execute<{ ref: string; id: string; code: string; name: string; level: string; domain: string | null }[]>(
    `with g(root, dom) as (select * from unnest(?::uuid[], ?::text[])),
     d(ref) as (select distinct unnest(?::date[]))
     select to_char(d.ref, 'YYYY-MM-DD') ref, u.id, u.code, u.name, u.level, g.dom domain
       from d cross join g
       join org_unit_closure c on c.ancestor_id = g.root and ${on('c', 'd.ref')}
       join org_unit u on u.id = c.descendant_id and ${on('u', 'd.ref')}
      order by d.ref, u.code`,
    [g[0], g[1], `{${dates.join(',')}}`],
  );
  const seen = new Map<string, EntryUnit>();
  for (const r of rows) {
    const key = `${r.ref}|${r.id}`;
    let u = seen.get(key);
    if (!u) {
      u = { id: r.id, code: r.code, name: r.name, level: r.level, domains: [] };
      seen.set(key, u);
      out.set(r.ref, [...(out.get(r.ref) ?? []), u]);
    }
    if (!u.domains.includes(r.domain)) u.domains.push(r.domain);
  }
  return out;
}

export interface StoredReport {
  id: string; form_code: string; form_version: number; unit_id: string; period_key: string; state: string; status: string;
  version: number; workflow_code: string; workflow_version: number; changed_since_approval: boolean;
}

export async function submissionsFor(em: EntityManager, formCodes: string[], unitIds: string[]): Promise<StoredReport[]> {
  if (unitIds.length === 0) return [];
  return em.execute<StoredReport[]>(
    `select id, form_code, form_version, unit_id, period_key, state, status, version, workflow_code, workflow_version, changed_since_approval
       from submission where kind = 'report' and form_code = any(?::text[]) and unit_id = any(?::uuid[])`,
    [toPgArray(formCodes), `{${unitIds.join(',')}}`],
  );
}

/** A PostgreSQL array literal with NULLs and quoted strings. */
export function toPgArray(values: (string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${v.replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;
}
