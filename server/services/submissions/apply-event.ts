// Use case: a workflow event on a submission (submit, return, approve, unapprove, …).
// The engine decides; this runs the in-transaction effects (lock, unlock, approval stamp,
// signing by the unit key, WF-3), writes the row, its history entry (the audit of a data
// event, ADR 0003) and the facts' status in one transaction, and hands notifications to the
// job queue after the commit.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { updateSubmission } from '../../repositories/submission-store';
import { enqueueNotify, type NotifyJob } from '../notifications/enqueue';
import { assertCanRead, rolesOver } from './access';
import { hiddenFor } from '../../security/fields/sensitive';
import { claimKey, storeResponse } from './idempotency';
import { eventResult, type EventResult } from './event-result';
import { versionConflict } from './save-result';
import { actorName, loadSubject } from './subject';
import { moveRow, notifyJobs } from './move-row';
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
    const moved = moveRow(s, run, input, { actor, name, at: now });
    const seq = await updateSubmission(tx, s.row, {
      data: false, factStatus: { status: s.row.status, approved: s.bundle.workflow.machine.states[s.row.state]?.meta.final === true }, event: moved.event,
    });
    if (moved.effects.some((e) => e.type === 'requireSignature')) {
      await signApproval(tx, s, { actor, name, at: now, consent: input.signature, event: { type: input.type, seq, fromState: moved.from, toState: moved.to } });
    }
    const result = eventResult(s);
    if (key) await storeResponse(tx, actor.accountId, key, 200, result);
    return { result, jobs: notifyJobs(moved, s.row.id, seq, actor.accountId) };
  });
  if (outcome.jobs.length > 0) await enqueueNotify(outcome.jobs);
  return outcome.result;
}
