// Use case: a workflow event on a submission (submit, return, approve, unapprove, …).
// The engine decides; this runs the in-transaction effects (lock, unlock, approval stamp,
// signing by the unit key, WF-3), writes the row, its history entry (the audit of a data
// event, ADR 0003) and the facts' status in one transaction, and hands notifications to the
// job queue after the commit.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { restoreSnapshot, transition } from '@/engine/workflow';
import { AppError } from '../../errors';
import { updateSubmission } from '../../repositories/submission-store';
import { enqueueNotify, type NotifyJob } from '../notifications/enqueue';
import { assertCanRead, rolesOver } from './access';
import { hiddenFor } from '../../security/fields/sensitive';
import { sealMarked } from '../../security/fields/seal-data';
import { claimKey, storeResponse } from './idempotency';
import { eventResult, type EventResult } from './event-result';
import { versionConflict } from './save-result';
import { actorName, loadSubject, workflowContext, type Subject } from './subject';
import { runRules } from './write-data';
import { signApproval } from '../security/sign-approval';

export interface EventInput {
  id: string;
  type: string;
  comment?: string;
  signature?: string;
  expectedVersion: number | undefined;
  idempotencyKey?: string | null;
}

function refuse(s: Subject, t: { code: string; reason: { vi: string; en: string }; guard?: string }, issues: unknown[]): AppError {
  return new AppError('workflow-refused', t.reason, { refusal: t.code, guard: t.guard ?? null, state: s.row.state, ...(issues.length ? { issues } : {}) });
}

export async function applyEvent(em: EntityManager, actor: Actor, input: EventInput, now: Date): Promise<EventResult> {
  const name = await actorName(em, actor);
  const key = input.idempotencyKey?.trim() || null;
  const outcome = await em.transactional(async (tx) => {
    if (key) {
      const prior = await claimKey<EventResult>(tx, actor.accountId, key, `event:${input.id}`, now);
      if (prior) return { result: prior.body, jobs: [] as NotifyJob[] };
    }
    // Read under the row lock, then checked: a refusal rolls back before anything is written.
    const s = await loadSubject(tx, input.id, { lock: true });
    assertCanRead(actor, s.unit, s.bundle.form.domain ?? null);
    if (input.expectedVersion === undefined || input.expectedVersion !== s.row.version) throw versionConflict(s.row, undefined, hiddenFor(s.bundle.form, rolesOver(actor, s.unit, s.bundle.form.domain ?? null)));
    const run = runRules(s.bundle, s.row.data, s.row.explanations ?? {}, now, { complete: true });
    const blocking = run.issues.filter((i) => i.severity === 'error' || i.needsExplanation);
    const wf = s.bundle.workflow;
    const event = { type: input.type, comment: input.comment, signature: input.signature };
    const t = transition(wf, restoreSnapshot(wf, s.row.snapshot), event, actor, workflowContext(s, now, s.row.data, blocking.length));
    if (!t.ok) throw refuse(s, t, t.code === 'guard-failed' ? blocking : []);

    const from = s.row.state;
    const wasEditable = s.row.editable;
    let stamped = false;
    for (const e of t.effects) {
      if (e.type === 'lock') s.row.locked = true;
      if (e.type === 'unlock') s.row.locked = false;
      if (e.type === 'stampApproval') stamped = true;
    }
    Object.assign(s.row, {
      state: t.state, snapshot: t.snapshot, status: t.meta.status, editable: t.meta.editable,
      version: s.row.version + 1, updatedBy: actor.accountId, updatedAt: now,
    });
    if (wasEditable && !t.meta.editable) s.row.submittedAt = now;
    s.row.approvedAt = t.meta.final ? now : null;
    if (stamped) {
      s.row.lastApprovedVersion = s.row.version;
      s.row.changedSinceApproval = false;
    }
    const comment = input.comment?.trim() || null;
    const seq = await updateSubmission(tx, s.row, {
      data: false, facts: { status: t.meta.status, approved: t.meta.final === true },
      event: {
        submissionId: s.row.id, at: now, actorId: actor.accountId, actorName: name, type: input.type, fromState: from,
        toState: t.state, comment, dataVersion: s.row.version, dataSnapshot: stamped ? sealMarked(s.row.data) : null, effects: t.effects,
      },
    });
    if (t.effects.some((e) => e.type === 'requireSignature')) {
      await signApproval(tx, s, { actor, name, at: now, consent: input.signature, event: { type: input.type, seq, fromState: from, toState: t.state } });
    }
    const result = eventResult(s);
    if (key) await storeResponse(tx, actor.accountId, key, 200, result);
    const jobs: NotifyJob[] = t.effects.filter((e) => e.type === 'notify').map((e) => ({
      submissionId: s.row.id, eventSeq: seq, to: e.to, template: e.template, event: e.event, state: e.state,
      comment: e.comment ?? null, actorId: actor.accountId,
    }));
    return { result, jobs };
  });
  if (outcome.jobs.length > 0) await enqueueNotify(outcome.jobs);
  return outcome.result;
}
