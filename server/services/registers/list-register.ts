// Use case: one page of a unit's register for the register screen — search, state and field
// filters and sorting on the server, data opened and redacted to the reader's roles (SEC-2),
// with the columns (hidden ones left out) and states the screen needs to draw itself.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { readableData } from '../../security/fields/sensitive';
import { rolesOver } from '../submissions/access';
import { recordFilterSql, type RecordFilters } from './record-filters';
import { readerColumns, readerFilters } from './reader-columns';
import { registerTarget } from './register-target';

export interface RegisterPageQuery extends RecordFilters { unitCode: string; page: number; pageSize: number }

export async function listRegister(em: EntityManager, actor: Actor, formCode: string, query: RegisterPageQuery, today: string) {
  const { bundle, unit } = await registerTarget(em, actor, formCode, query.unitCode, today, 'read');
  const { form, workflow } = bundle;
  const roles = rolesOver(actor, unit, form.domain ?? null);
  const columns = readerColumns(form, roles);
  const sql = recordFilterSql(form.code, unit.id, columns, readerFilters(form, roles, query));
  const [{ total }] = await em.execute<{ total: string }[]>(`select count(*) total from submission where ${sql.where}`, sql.params);
  const rows = await em.execute<{ id: string; data: Record<string, unknown>; state: string; status: string; version: number; updated_at: Date }[]>(
    `select id, data, state, status, version, updated_at from submission where ${sql.where} order by ${sql.orderBy} limit ? offset ?`,
    [...sql.params, query.pageSize, (query.page - 1) * query.pageSize],
  );
  return {
    form: { code: form.code, version: form.version, title: form.title },
    unit: { id: unit.id, code: unit.code, name: unit.name },
    columns: columns.map(({ code, title, titleEn, kind, options }) => ({ code, title, titleEn, kind, options: options ?? null })),
    states: Object.entries(workflow.machine.states).map(([code, s]) => ({ code, label: s.meta.label })),
    items: rows.map((r) => ({
      id: r.id, data: readableData(form, r.data, roles), state: r.state, status: r.status, version: r.version,
      updatedAt: new Date(r.updated_at).toISOString(),
    })),
    total: Number(total), page: query.page, pageSize: query.pageSize,
  };
}

export type RegisterPage = Awaited<ReturnType<typeof listRegister>>;
