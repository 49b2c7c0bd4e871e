// The approver's queue as one paged SQL query: submissions whose unit lies (on the data's
// date) under one of the actor's grant roots, with the grant's domain respected, filtered
// and sorted on the server (the UI's grid never receives more than a page).
import type { EntityManager } from '@mikro-orm/postgresql';

export interface QueueFilter {
  roots: { unitId: string; domain: string | null }[] | 'all';
  form?: string; state?: string; status?: string; unitId?: string; period?: string; changedSinceApproval?: boolean;
  includeDrafts?: boolean;
  sort: 'updatedAt' | 'submittedAt' | 'period' | 'form' | 'unit' | 'state';
  order: 'asc' | 'desc';
  page: number; pageSize: number;
}

export interface QueueRow {
  id: string; form_code: string; form_version: number; kind: string; unit_id: string; unit_code: string; unit_name: string;
  period_key: string | null; subject_key: string | null; state: string; status: string; version: number; updated_at: Date;
  submitted_at: Date | null; approved_at: Date | null; changed_since_approval: boolean;
}

const SORT: Record<QueueFilter['sort'], string> = {
  updatedAt: 's.updated_at', submittedAt: 's.submitted_at', period: 's.period_key', form: 's.form_code', unit: 'u.name collate "vi-VN-x-icu"', state: 's.state',
};

export async function queryQueue(em: EntityManager, f: QueueFilter): Promise<{ rows: QueueRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.roots !== 'all') {
    where.push(`exists (select 1 from unnest(?::uuid[], ?::text[]) g(root, dom)
      join org_unit_closure c on c.ancestor_id = g.root and c.descendant_id = s.unit_id
       and c.valid_from <= s.ref_date and (c.valid_to is null or c.valid_to >= s.ref_date)
      where g.dom is null or g.dom = s.domain)`);
    params.push(`{${f.roots.map((r) => r.unitId).join(',')}}`, `{${f.roots.map((r) => (r.domain === null ? 'NULL' : `"${r.domain}"`)).join(',')}}`);
  }
  const eq = (col: string, v: unknown) => { where.push(`${col} = ?`); params.push(v); };
  if (f.form) eq('s.form_code', f.form);
  if (f.state) eq('s.state', f.state);
  if (f.status) eq('s.status', f.status);
  if (f.period) eq('s.period_key', f.period);
  if (f.changedSinceApproval !== undefined) eq('s.changed_since_approval', f.changedSinceApproval);
  if (f.unitId) {
    where.push(`exists (select 1 from org_unit_closure c2 where c2.ancestor_id = ? and c2.descendant_id = s.unit_id
      and c2.valid_from <= s.ref_date and (c2.valid_to is null or c2.valid_to >= s.ref_date))`);
    params.push(f.unitId);
  }
  if (!f.includeDrafts && !f.state && !f.status) where.push(`s.status <> 'draft'`);
  const clause = where.length ? `where ${where.join(' and ')}` : '';
  const [{ total }] = await em.execute<{ total: string }[]>(`select count(*) total from submission s ${clause}`, params);
  const rows = await em.execute<QueueRow[]>(
    `select s.id, s.form_code, s.form_version, s.kind, s.unit_id, u.code unit_code, u.name unit_name, s.period_key, s.subject_key,
            s.state, s.status, s.version, s.updated_at, s.submitted_at, s.approved_at, s.changed_since_approval
       from submission s join org_unit u on u.id = s.unit_id ${clause}
      order by ${SORT[f.sort]} ${f.order === 'asc' ? 'asc' : 'desc'} nulls last, s.id
      limit ? offset ?`,
    [...params, f.pageSize, (f.page - 1) * f.pageSize],
  );
  return { rows, total: Number(total) };
}
