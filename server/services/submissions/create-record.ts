// Use case: add one record to a unit's register (households, persons: FRM-6). The record
// starts in the workflow's initial state; its unit is resolved on today's tree.
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
import { writeData, type DataInput } from './write-data';
import { saveResult, type SaveResult } from './save-result';

export interface CreateRecordInput extends DataInput {
  formCode: string;
  unitCode: string;
  subjectKey?: string | null;
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
  return em.transactional(async (tx) => {
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
    // The history row written with it is the audit of the creation (ADR 0003).
    const result = await writeData(tx, row, bundle, input, { actor, name, at: now, hidden }, 'created');
    return saveResult(row, result, hidden);
  });
}
