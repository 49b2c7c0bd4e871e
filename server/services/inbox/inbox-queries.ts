// SQL behind the inbox: the units the actor enters data for today (data_entry grants and
// their subtrees, with the grant's domain) and the stored reports of those units.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { vnDate } from '../../clock';
import { closureOnDateSql } from '../../repositories/unit-tree';

export interface EntryUnit { id: string; code: string; name: string; level: string; domains: (string | null)[] }

export async function entryUnits(em: EntityManager, actor: Actor, now: Date): Promise<EntryUnit[]> {
  const grants = actor.grants.filter((g) => g.role === 'data_entry');
  if (grants.length === 0) return [];
  const today = vnDate(now);
  const rows = await em.execute<{ id: string; code: string; name: string; level: string; domain: string | null }[]>(
    `select u.id, u.code, u.name, u.level, g.dom domain
       from unnest(?::uuid[], ?::text[]) g(root, dom)
       join org_unit_closure c on c.ancestor_id = g.root and ${closureOnDateSql('c', '?')}
       join org_unit u on u.id = c.descendant_id
      order by u.code`,
    [`{${grants.map((g) => g.unit.id).join(',')}}`, toPgArray(grants.map((g) => g.domain)), today, today],
  );
  const byId = new Map<string, EntryUnit>();
  for (const r of rows) {
    const u = byId.get(r.id) ?? { id: r.id, code: r.code, name: r.name, level: r.level, domains: [] };
    if (!u.domains.includes(r.domain)) u.domains.push(r.domain);
    byId.set(r.id, u);
  }
  return [...byId.values()];
}

export interface StoredReport {
  id: string; form_code: string; form_version: number; unit_id: string; period_key: string; state: string; status: string;
  version: number; workflow_code: string; workflow_version: number; changed_since_approval: boolean;
}

export async function submissionsFor(em: EntityManager, formCodes: string[], unitIds: string[]): Promise<StoredReport[]> {
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
