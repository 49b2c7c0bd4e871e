// Loads everything a use case needs around one stored submission: its definitions, its
// unit on the data's date (with ancestor levels) and the workflow context for guards.
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { Actor } from '@/engine/access/actor';
import type { WorkflowContext } from '@/engine/workflow/context';
import { Submission } from '../../entities';
import type { SubmissionRow } from '../../entities/submission';
import { notFound, AppError } from '../../errors';
import { subjectUnit, type SubjectUnit } from '../../repositories/submissions-units';
import { publishedDefinitions } from '../definitions/published-definitions';
import { bundleFor, type FormBundle } from './form-bundle';
import { knownActorName } from '../../auth/actor-names';

export interface Subject {
  row: SubmissionRow;
  bundle: FormBundle;
  unit: SubjectUnit;
}

export const submissionNotFound = () => notFound({ vi: 'hồ sơ', en: 'Submission' });

/**
 * `reuse`: the same submission read earlier in this request (an unlocked peek before the
 * locked read). Its definitions and unit are kept when the row still names the same form,
 * workflow, unit and date, saving the definitions check and the unit query.
 */
export async function loadSubject(em: EntityManager, id: string, opts: { lock?: boolean; reuse?: Subject } = {}): Promise<Subject> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw submissionNotFound();
  // Taken before the read: a refresh may update the very object the peek returned.
  const priorKey = opts.reuse ? reuseKey(opts.reuse.row) : null;
  const row = await em.findOne(Submission, { id }, opts.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {});
  if (!row) throw submissionNotFound();
  if (opts.reuse && priorKey === reuseKey(row)) return { row, bundle: opts.reuse.bundle, unit: opts.reuse.unit };
  const defs = await publishedDefinitions(em);
  const bundle = bundleFor(defs, row.formCode, row.formVersion, row.workflowVersion);
  const unit = await subjectUnit(em, row.unitId, row.refDate);
  if (!unit) throw new AppError('internal', { vi: 'Đơn vị của hồ sơ không tồn tại.', en: 'The unit of the submission is missing.' });
  return { row, bundle, unit };
}

function reuseKey(r: SubmissionRow): string {
  return JSON.stringify([r.id, r.formCode, r.formVersion, r.workflowVersion, r.unitId, r.refDate]);
}

export function workflowContext(s: Subject, now: Date, data: unknown, blockingErrors: number): WorkflowContext {
  return {
    now,
    subject: {
      unit: { id: s.unit.id, code: s.unit.code, level: s.unit.level, ancestorIds: s.unit.ancestorIds },
      ancestors: s.unit.ancestors,
      ownerAccountId: s.row.createdBy ?? null,
      data,
      blockingErrors,
      domain: s.bundle.form.domain ?? null,
      period: s.bundle.period && s.row.periodKey ? { definition: s.bundle.period, key: s.row.periodKey } : null,
    },
  };
}

/** The name written into history rows: the account's full name, else its username. */
export async function actorName(em: EntityManager, actor: Actor): Promise<string> {
  const known = knownActorName(actor);
  if (known !== undefined) return known ?? actor.username;
  const rows = await em.execute<{ full_name: string }[]>(`select full_name from account where id = ?`, [actor.accountId]);
  return rows[0]?.full_name ?? actor.username;
}
