// Use case: add one record to a unit's register (households, persons: FRM-6). The record
// starts in the workflow's initial state; its unit is resolved on today's tree. With `event`
// (an integrator pushing finished records: INT-1) the record is created and moved by that
// event at once: one statement writes the row, both history rows and the facts, or, when the
// workflow refuses, nothing is written (422 with the findings).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { initialSnapshot, stateInfo } from '@/engine/workflow';
import type { SubmissionRow } from '../../repositories/submission-store';
import { AppError, notFound } from '../../errors';
import { subjectUnitByCode } from '../../repositories/submissions-units';
import { publishedDefinitions } from '../definitions/published-definitions';
import { assertCanWrite, rolesOver } from './access';
import { hiddenFor } from '../../security/fields/sensitive';
import { bundleFor } from './form-bundle';
import { actorName } from './subject';
import { writeData, type AfterCreate, type DataInput } from './write-data';
import { saveResult, type SaveResult } from './save-result';
import { moveRow, notifyJobs, type EventRequest, type Moved } from './move-row';
import { enqueueNotify } from '../notifications/enqueue';

export interface CreateRecordInput extends DataInput {
  formCode: string;
  unitCode: string;
  subjectKey?: string | null;
  /** A workflow event to apply right after creation (e.g. SUBMIT). */
  event?: EventRequest;
}

export async function createRecord(em: EntityManager, actor: Actor, input: CreateRecordInput, now: Date, today: string): Promise<SaveResult> {
  const bundle = bundleFor(await publishedDefinitions(em), input.formCode);
  if (bundle.form.formKind !== 'register') throw notFound({ vi: `sổ đăng ký "${input.formCode}"`, en: `Register form "${input.formCode}"` });
  const unit = await subjectUnitByCode(em, input.unitCode, today);
  if (!unit) throw notFound({ vi: `đơn vị "${input.unitCode}"`, en: `Unit "${input.unitCode}"` });
  assertCanWrite(actor, unit, bundle.form.domain ?? null);
  if (!bundle.form.enteredAt.includes(unit.level)) {
    throw new AppError('validation-failed', { vi: 'Đơn vị này không nhập sổ này.', en: 'This unit does not keep this register.' });
  }
  const name = await actorName(em, actor);
  const hidden = hiddenFor(bundle.form, rolesOver(actor, unit, bundle.form.domain ?? null));
  const snapshot = initialSnapshot(bundle.workflow);
  const meta = stateInfo(bundle.workflow, snapshot)!;
  const id = crypto.randomUUID();
  const row: SubmissionRow = {
    id, formCode: bundle.form.code, formVersion: bundle.form.version, kind: 'register', domain: bundle.form.domain ?? null,
    unitId: unit.id, periodKey: null, subjectKey: input.subjectKey ?? id, refDate: today, data: {},
    workflowCode: bundle.workflow.code, workflowVersion: bundle.workflow.version, state: snapshot.value, snapshot,
    status: meta.status, editable: meta.editable, locked: false, version: 1, createdBy: actor.accountId, createdAt: now,
    updatedBy: actor.accountId, updatedAt: now, explanations: {}, searchText: '',
    submittedAt: null, approvedAt: null, lastApprovedVersion: null, changedSinceApproval: false,
  };
  let moved: Moved | null = null;
  const after: AfterCreate | undefined = input.event ? (run) => {
    moved = moveRow({ row, bundle, unit }, run, input.event!, { actor, name, at: now });
    if (moved.effects.some((e) => e.type === 'requireSignature')) {
      throw new AppError('workflow-refused', {
        vi: 'Bước này cần ký số: hãy tạo hồ sơ rồi gửi sự kiện qua /submissions/{id}/events.',
        en: 'This step needs a signature: create the record, then send the event to /submissions/{id}/events.',
      }, { refusal: 'signature-required', state: row.state });
    }
    return moved.event;
  } : undefined;
  // One statement: the row, its history (the audit of the creation, ADR 0003) and its facts.
  const { run, seqs } = await writeData(em, row, bundle, input, { actor, name, at: now, hidden }, 'created', after);
  const m = moved as Moved | null;
  if (m) await enqueueNotify(notifyJobs(m, id, seqs[1], actor.accountId));
  return saveResult(row, run, hidden);
}
