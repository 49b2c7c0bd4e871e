// Use case: create or update the draft of a report (one per form, unit and period).
// Refuses stale versions (409 with both versions: nothing is silently overwritten), data
// in a non-editable state, units outside the actor's data-entry scope and closed periods.
import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Actor } from '@/engine/access/actor';
import { initialSnapshot, stateInfo } from '@/engine/workflow';
import { periodTypeOfKey, referenceDate, isLocked, entryWindow } from '@/engine/periods';
import { civilDateOf } from '@/engine/periods/civil-date';
import { selectReport, type SubmissionRow } from '../../repositories/submission-store';
import { AppError, badRequest, notFound } from '../../errors';
import { subjectUnitByCode } from '../../repositories/submissions-units';
import { publishedDefinitions } from '../definitions/published-definitions';
import { assertCanWrite, rolesOver } from './access';
import { hiddenFor } from '../../security/fields/sensitive';
import { bundleFor, type FormBundle } from './form-bundle';
import { actorName, loadSubject } from './subject';
import { notEditable, writeData, type DataInput } from './write-data';
import { saveResult, versionConflict, type SaveResult } from './save-result';

export interface SaveReportInput extends DataInput {
  formCode: string;
  unitCode: string;
  periodKey: string;
  version?: number;
}

function checkPeriod(bundle: FormBundle, key: string, now: Date, actor: Actor): string {
  const period = bundle.period!;
  if (periodTypeOfKey(key) !== period.type) {
    throw badRequest({ vi: `Kỳ báo cáo "${key}" không hợp lệ cho biểu mẫu này.`, en: `Period "${key}" is not valid for this form.` });
  }
  const { open } = entryWindow(period, key);
  if (civilDateOf(now) < open || isLocked(period, key, now, actor)) {
    throw new AppError('workflow-refused', {
      vi: `Kỳ báo cáo "${key}" không trong thời gian nhập liệu.`,
      en: `Period "${key}" is not open for data entry.`,
    }, { periodKey: key, open });
  }
  return referenceDate(period, key);
}

export async function saveReport(em: EntityManager, actor: Actor, input: SaveReportInput, now: Date): Promise<SaveResult> {
  const defs = await publishedDefinitions(em);
  const bundle = bundleFor(defs, input.formCode);
  if (bundle.form.formKind !== 'report' || !bundle.period) throw notFound({ vi: `biểu báo cáo "${input.formCode}"`, en: `Report form "${input.formCode}"` });
  const refDate = checkPeriod(bundle, input.periodKey, now, actor);
  const unit = await subjectUnitByCode(em, input.unitCode, refDate);
  if (!unit) throw notFound({ vi: `đơn vị "${input.unitCode}"`, en: `Unit "${input.unitCode}"` });
  assertCanWrite(actor, unit, bundle.form.domain ?? null);
  if (!bundle.form.enteredAt.includes(unit.level)) {
    throw new AppError('validation-failed', { vi: 'Đơn vị này không nhập biểu mẫu này.', en: 'This unit does not enter this form.' });
  }
  const name = await actorName(em, actor);
  const hidden = hiddenFor(bundle.form, rolesOver(actor, unit, bundle.form.domain ?? null));
  try {
    return await em.transactional(async (tx) => {
      const [existing] = await tx.execute<{ id: string }[]>(
        `select id from submission where kind = 'report' and form_code = ? and unit_id = ? and period_key = ?`,
        [bundle.form.code, unit.id, input.periodKey]);
      if (!existing) {
        if (input.version !== undefined && input.version !== 0) throw versionConflict(null, input.data);
        const snapshot = initialSnapshot(bundle.workflow);
        const meta = stateInfo(bundle.workflow, snapshot)!;
        const row: SubmissionRow = {
          id: crypto.randomUUID(), formCode: bundle.form.code, formVersion: bundle.form.version, kind: 'report', domain: bundle.form.domain ?? null,
          unitId: unit.id, periodKey: input.periodKey, subjectKey: null, refDate, data: {},
          workflowCode: bundle.workflow.code, workflowVersion: bundle.workflow.version, state: snapshot.value, snapshot,
          status: meta.status, editable: meta.editable, locked: false, version: 1, createdBy: actor.accountId, createdAt: now,
          updatedBy: actor.accountId, updatedAt: now, explanations: {}, searchText: '',
          submittedAt: null, approvedAt: null, lastApprovedVersion: null, changedSinceApproval: false,
        };
        // The history row written with it is the audit of the creation (ADR 0003).
        const { run: result } = await writeData(tx, row, bundle, input, { actor, name, at: now, hidden }, 'created');
        return saveResult(row, result, hidden);
      }
      const s = await loadSubject(tx, existing.id, { lock: true });
      if (input.version === undefined || input.version !== s.row.version) throw versionConflict(s.row, input.data, hidden);
      const meta = stateInfo(s.bundle.workflow, s.row.snapshot);
      if (!meta?.editable || s.row.locked) throw notEditable(s.row, meta?.label);
      const { run: result } = await writeData(tx, s.row, s.bundle, input, { actor, name, at: now, hidden }, 'edited');
      return saveResult(s.row, result, hidden);
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) {
      const current = await selectReport(em.fork(), bundle.form.code, unit.id, input.periodKey);
      throw versionConflict(current, input.data, hidden);
    }
    throw err;
  }
}
