// Delivers one workflow notification: in-app rows for every recipient and, for those with
// an e-mail address, an outbox row. Idempotent (dedupe keys), so a retried job is harmless.
// The link depends on the state the event led to (links.ts): back in an editable state the
// officer must act in the entry page; otherwise the approval view.
import type { EntityManager } from '@mikro-orm/postgresql';
import { stateInfo } from '@/engine/workflow';
import { Submission } from '../../entities';
import { findUnitRef } from '../../repositories/unit-tree';
import { publishedDefinitions } from '../definitions/published-definitions';
import { bundleFor } from '../submissions/form-bundle';
import type { NotifyJob } from './enqueue';
import { resolveRecipients } from './recipients';
import { insertNotifications } from './insert-notifications';
import { submissionPath } from './links';

export async function deliverNotification(em: EntityManager, job: NotifyJob): Promise<number> {
  const row = await em.findOne(Submission, { id: job.submissionId });
  if (!row) return 0;
  const { form, workflow } = bundleFor(await publishedDefinitions(em), row.formCode, row.formVersion, row.workflowVersion);
  const editableStates = Object.entries(workflow.machine.states).filter(([, st]) => st.meta.editable).map(([n]) => n);
  const recipients = (await resolveRecipients(em, { ...row, domain: row.domain ?? null, createdBy: row.createdBy ?? null, editableStates }, job.to))
    .filter((id) => id !== job.actorId);
  if (recipients.length === 0) return 0;
  const unit = await findUnitRef(em, row.unitId, row.refDate);
  const verb = workflow.events[job.event]?.label ?? { vi: job.event, en: job.event };
  const state = stateInfo(workflow, { value: job.state })?.label ?? { vi: job.state, en: job.state };
  const where = `${unit?.name ?? ''}${row.periodKey ? ` (${row.periodKey})` : ''}`;
  const reason = job.comment ? { vi: ` Lý do: ${job.comment}`, en: ` Reason: ${job.comment}` } : { vi: '', en: '' };
  return insertNotifications(em, recipients, {
    kind: `workflow.${job.template}`,
    title: { vi: `${verb.vi}: ${form.title.vi} – ${where}`, en: `${verb.en}: ${form.title.en ?? form.title.vi} – ${where}` },
    body: { vi: `Trạng thái mới: ${state.vi}.${reason.vi}`, en: `New state: ${state.en}.${reason.en}` },
    link: submissionPath({
      id: row.id, kind: row.kind, formCode: row.formCode, unitCode: unit?.code ?? null, periodKey: row.periodKey ?? null,
      editable: workflow.machine.states[job.state]?.meta.editable ?? false,
    }),
    submissionId: row.id,
    dedupeKey: `event:${row.id}:${job.eventSeq}:${job.template}`,
  });
}
