// Loads everything a use case needs around one stored submission: its definitions, its
// unit on the data's date (with ancestor levels) and the workflow context for guards.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import type { WorkflowContext } from '@/engine/workflow/context';
import { selectSubmission, type SubmissionRow } from '../../repositories/submission-store';
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

export async function loadSubject(em: EntityManager, id: string, opts: { lock?: boolean } = {}): Promise<Subject> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw submissionNotFound();
  const row = await selectSubmission(em, id, { lock: opts.lock });
  if (!row) throw submissionNotFound();
  const defs = await publishedDefinitions(em);
  const bundle = bundleFor(defs, row.formCode, row.formVersion, row.workflowVersion);
  const unit = await subjectUnit(em, row.unitId, row.refDate);
  if (!unit) throw new AppError('internal', { vi: 'Đơn vị của hồ sơ không tồn tại.', en: 'The unit of the submission is missing.' });
  return { row, bundle, unit };
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
