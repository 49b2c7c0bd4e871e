// Use case: the approver's queue (server-side paging, filters, sorting), each row with the
// events this actor may send now (allowedEvents), so the grid shows only usable actions, and
// what a person reads the row by: the form's title in the version the row was entered under,
// the unit's name and the period's label (both languages), not codes.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { isSystemAdmin } from '@/engine/access/scope';
import { allowedEvents, restoreSnapshot, type AllowedEvent } from '@/engine/workflow';
import { queryQueue, type QueueFilter } from '../../repositories/submissions-queue';
import { unitIdByCode } from '../../repositories/submissions-units';
import { vnDate } from '../../clock';
import { loadSubject, workflowContext } from '../submissions/subject';
import { periodLabel, type PeriodLabel } from '../inbox/period-label';

export type QueueQuery = Omit<QueueFilter, 'roots' | 'unitId'> & { unitCode?: string };

export interface QueueItem {
  id: string; form: { code: string; version: number; title: { vi: string; en?: string } }; kind: string;
  unit: { id: string; code: string; name: string }; periodKey: string | null; periodLabel: PeriodLabel | null; subjectKey: string | null; state: string; status: string; stateLabel: { vi: string; en: string } | null;
  version: number; updatedAt: string; submittedAt: string | null; approvedAt: string | null; changedSinceApproval: boolean;
  allowedEvents: AllowedEvent[];
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export async function listQueue(em: EntityManager, actor: Actor, q: QueueQuery, now: Date) {
  const grants = actor.grants.filter((g) => g.role === 'approver' || g.role === 'viewer');
  const roots = isSystemAdmin(actor) ? 'all' as const : grants.map((g) => ({ unitId: g.unit.id, domain: g.domain }));
  if (roots !== 'all' && roots.length === 0) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const unitId = q.unitCode ? await unitIdByCode(em, q.unitCode, vnDate(now)) : undefined;
  if (q.unitCode && !unitId) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const { rows, total } = await queryQueue(em, { ...q, roots, unitId: unitId ?? undefined });
  const items: QueueItem[] = [];
  for (const r of rows) {
    const s = await loadSubject(em, r.id);
    const wf = s.bundle.workflow;
    const snapshot = restoreSnapshot(wf, s.row.snapshot);
    items.push({
      id: r.id, form: { code: r.form_code, version: r.form_version, title: s.bundle.form.title }, kind: r.kind,
      unit: { id: r.unit_id, code: r.unit_code, name: r.unit_name }, periodKey: r.period_key,
      periodLabel: r.period_key ? periodLabel(r.period_key, s.bundle.period) : null, subjectKey: r.subject_key,
      state: r.state, status: r.status, stateLabel: wf.machine.states[r.state]?.meta.label ?? null, version: r.version,
      updatedAt: iso(r.updated_at)!, submittedAt: iso(r.submitted_at), approvedAt: iso(r.approved_at),
      changedSinceApproval: r.changed_since_approval,
      allowedEvents: allowedEvents(wf, snapshot, actor, workflowContext(s, now, s.row.data, 0)),
    });
  }
  return { items, total, page: q.page, pageSize: q.pageSize };
}
