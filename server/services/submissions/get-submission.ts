// Use case: one submission for a reader in scope: data redacted to the reader's roles
// (SEC-2), the rule findings, the events the reader may send now, and the diff against
// the last approved version ("changed since approval").
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { allowedEvents, restoreSnapshot, stateInfo, type AllowedEvent } from '@/engine/workflow';
import { redactRestricted } from '@/engine/rules/redact';
import type { RuleIssue } from '@/engine/rules/form-runtime';
import { lastApprovedData } from '../../repositories/submissions';
import { assertCanRead, rolesOver } from './access';
import { dataDiff, withoutPaths, type DiffEntry } from './data-diff';
import { loadSubject, workflowContext } from './subject';
import { runRules } from './write-data';
import { listAttachments, type AttachmentDto } from './attachments';

export interface SubmissionDto {
  id: string;
  form: { code: string; version: number; title: { vi: string; en?: string } };
  kind: 'report' | 'register';
  unit: { id: string; code: string; name: string; level: string };
  periodKey: string | null; subjectKey: string | null;
  data: Record<string, unknown>; explanations: Record<string, string>;
  state: string; status: string; stateLabel: { vi: string; en: string } | null; final: boolean;
  editable: boolean; locked: boolean; version: number;
  createdAt: string; updatedAt: string; submittedAt: string | null; approvedAt: string | null;
  lastApprovedVersion: number | null; changedSinceApproval: boolean; diffSinceApproval: DiffEntry[];
  issues: RuleIssue[]; hidden: string[]; allowedEvents: AllowedEvent[]; attachments: AttachmentDto[];
}

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

export async function getSubmission(em: EntityManager, actor: Actor, id: string, now: Date): Promise<SubmissionDto> {
  const s = await loadSubject(em, id);
  const domain = s.bundle.form.domain ?? null;
  assertCanRead(actor, s.unit, domain);
  const { row, bundle } = s;
  const roles = rolesOver(actor, s.unit, domain);
  const hiddenFields = Object.entries(bundle.form.restricted ?? {}).filter(([, allowed]) => !allowed.some((r) => roles.includes(r))).map(([p]) => p);
  const run = runRules(bundle, row.data, row.explanations ?? {}, now);
  const approved = row.lastApprovedVersion != null ? await lastApprovedData(em, row.id) : null;
  const meta = stateInfo(bundle.workflow, row.snapshot);
  const blocking = run.issues.filter((i) => i.severity === 'error' || i.needsExplanation).length;
  return {
    id: row.id, form: { code: row.formCode, version: row.formVersion, title: bundle.form.title }, kind: row.kind,
    unit: { id: s.unit.id, code: s.unit.code, name: s.unit.name, level: s.unit.level },
    periodKey: row.periodKey ?? null, subjectKey: row.subjectKey ?? null,
    data: redactRestricted(bundle.form, row.data, roles), explanations: row.explanations ?? {},
    state: row.state, status: row.status, stateLabel: meta?.label ?? null, final: meta?.final === true,
    editable: row.editable && !row.locked, locked: row.locked, version: row.version,
    createdAt: iso(row.createdAt)!, updatedAt: iso(row.updatedAt)!, submittedAt: iso(row.submittedAt), approvedAt: iso(row.approvedAt),
    lastApprovedVersion: row.lastApprovedVersion ?? null, changedSinceApproval: row.changedSinceApproval,
    diffSinceApproval: approved ? withoutPaths(dataDiff(approved, row.data), hiddenFields) : [],
    issues: run.issues.filter((i) => withoutPaths([{ path: i.field, from: null, to: null }], hiddenFields).length > 0),
    hidden: run.hidden,
    allowedEvents: allowedEvents(bundle.workflow, restoreSnapshot(bundle.workflow, row.snapshot), actor, workflowContext(s, now, row.data, blocking)),
    attachments: (await listAttachments(em, row.id)).filter((a) => !hiddenFields.includes(a.field)),
  };
}
