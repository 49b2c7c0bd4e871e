// Use case: the records of one unit's register, paged on the server, with accent-insensitive
// search over every value of the record (vn_fold + trigram index) and a state filter; data
// redacted to the reader's roles (SEC-2).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { redactRestricted } from '@/engine/rules/redact';
import { openData } from '../../security/fields/seal-data';
import { notFound } from '../../errors';
import { subjectUnitByCode } from '../../repositories/submissions-units';
import { publishedDefinitions } from '../definitions/published-definitions';
import { assertCanRead, rolesOver } from './access';
import { bundleFor } from './form-bundle';

export interface RecordQuery { unitCode: string; q?: string; state?: string; page: number; pageSize: number }

export async function listRecords(em: EntityManager, actor: Actor, formCode: string, query: RecordQuery, today: string) {
  const { form } = bundleFor(await publishedDefinitions(em), formCode);
  if (form.formKind !== 'register') throw notFound({ vi: `sổ đăng ký "${formCode}"`, en: `Register form "${formCode}"` });
  const unit = await subjectUnitByCode(em, query.unitCode, today);
  if (!unit) throw notFound({ vi: `đơn vị "${query.unitCode}"`, en: `Unit "${query.unitCode}"` });
  assertCanRead(actor, unit, form.domain ?? null);
  const roles = rolesOver(actor, unit, form.domain ?? null);
  const where = `form_code = ? and unit_id = ? and kind = 'register' and (?::text is null or vn_fold(search_text) like '%' || vn_fold(?) || '%')
    and (?::text is null or state = ?)`;
  const q = query.q?.trim() ? query.q.trim().replace(/[%_\\]/g, '\\$&') : null;
  const params = [form.code, unit.id, q, q, query.state ?? null, query.state ?? null];
  const [{ total }] = await em.execute<{ total: string }[]>(`select count(*) total from submission where ${where}`, params);
  const rows = await em.execute<{ id: string; subject_key: string | null; data: Record<string, unknown>; state: string; status: string; version: number; updated_at: Date }[]>(
    `select id, subject_key, data, state, status, version, updated_at from submission where ${where}
      order by updated_at desc, id limit ? offset ?`,
    [...params, query.pageSize, (query.page - 1) * query.pageSize],
  );
  return {
    items: rows.map((r) => ({
      id: r.id, subjectKey: r.subject_key, data: redactRestricted(form, openData(r.data), roles), state: r.state, status: r.status,
      version: r.version, updatedAt: new Date(r.updated_at).toISOString(),
    })),
    total: Number(total), page: query.page, pageSize: query.pageSize,
  };
}
