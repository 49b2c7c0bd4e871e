// A workflow transition applied to a submission row in memory: the engine decides (guards
// over the rules' blocking findings), this moves the row (state, lock, approval stamp, dates,
// version) and gives the history row and the notification jobs. Shared by a workflow event on
// a stored row and by create-and-submit, so both write exactly the same thing.
import type { Actor } from '@/engine/access/actor';
import type { FormRunResult } from '@/engine/rules/form-runtime';
import { restoreSnapshot, transition, type TransitionResult } from '@/engine/workflow';
import { AppError } from '../../errors';
import type { NewEvent } from '../../repositories/submissions';
import { sealMarked } from '../../security/fields/seal-data';
import type { NotifyJob } from '../notifications/enqueue';
import { workflowContext, type Subject } from './subject';

export interface EventRequest { type: string; comment?: string; signature?: string }

export interface Moved {
  from: string;
  to: string;
  stamped: boolean;
  effects: Extract<TransitionResult, { ok: true }>['effects'];
  event: NewEvent;
}

function refuse(s: Subject, t: Extract<TransitionResult, { ok: false }>, issues: unknown[]): AppError {
  return new AppError('workflow-refused', t.reason, { refusal: t.code, guard: t.guard ?? null, state: s.row.state, ...(issues.length ? { issues } : {}) });
}

/** Moves `s.row` by the event or throws 'workflow-refused' (422) with the engine's reason. */
export function moveRow(s: Subject, run: FormRunResult, req: EventRequest, who: { actor: Actor; name: string; at: Date }): Moved {
  const blocking = run.issues.filter((i) => i.severity === 'error' || i.needsExplanation);
  const wf = s.bundle.workflow;
  const t = transition(wf, restoreSnapshot(wf, s.row.snapshot), req, who.actor, workflowContext(s, who.at, s.row.data, blocking.length));
  if (!t.ok) throw refuse(s, t, t.code === 'guard-failed' ? blocking : []);
  const row = s.row;
  const from = row.state;
  const wasEditable = row.editable;
  let stamped = false;
  for (const e of t.effects) {
    if (e.type === 'lock') row.locked = true;
    if (e.type === 'unlock') row.locked = false;
    if (e.type === 'stampApproval') stamped = true;
  }
  Object.assign(row, {
    state: t.state, snapshot: t.snapshot, status: t.meta.status, editable: t.meta.editable,
    version: row.version + 1, updatedBy: who.actor.accountId, updatedAt: who.at,
  });
  if (wasEditable && !t.meta.editable) row.submittedAt = who.at;
  row.approvedAt = t.meta.final ? who.at : null;
  if (stamped) {
    row.lastApprovedVersion = row.version;
    row.changedSinceApproval = false;
  }
  const event: NewEvent = {
    submissionId: row.id, at: who.at, actorId: who.actor.accountId, actorName: who.name, type: req.type, fromState: from,
    toState: t.state, comment: req.comment?.trim() || null, dataVersion: row.version, dataSnapshot: stamped ? sealMarked(row.data) : null, effects: t.effects,
  };
  return { from, to: t.state, stamped, effects: t.effects, event };
}

/** The notifications a move asks for, once its history row has a seq. */
export function notifyJobs(m: Moved, submissionId: string, seq: number, actorId: string): NotifyJob[] {
  return m.effects.filter((e) => e.type === 'notify').map((e) => ({
    submissionId, eventSeq: seq, to: e.to, template: e.template, event: e.event, state: e.state, comment: e.comment ?? null, actorId,
  }));
}
