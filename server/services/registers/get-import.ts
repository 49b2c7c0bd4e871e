// Use case: the state of one import job for the page that polls it — counters, status and
// the per-row findings. Visible to its uploader and to anyone who may read the unit.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { notFound } from '../../errors';
import { subjectUnit } from '../../repositories/submissions-units';
import { assertCanRead } from '../submissions/access';
import { loadJob } from './import-jobs';

export async function getImport(em: EntityManager, actor: Actor, id: string, today: string) {
  const job = await loadJob(em, id);
  if (!job) throw notFound({ vi: 'lượt nhập dữ liệu', en: 'Import job' });
  if (job.account_id !== actor.accountId) {
    const unit = await subjectUnit(em, job.unit_id, today);
    if (!unit) throw notFound({ vi: 'lượt nhập dữ liệu', en: 'Import job' });
    assertCanRead(actor, unit, null);
  }
  return {
    id: job.id, form: job.form_code, mode: job.mode, status: job.status, fileName: job.file_name,
    total: job.total, processed: job.processed, valid: job.valid, invalid: job.invalid, written: job.written,
    errors: job.errors, message: job.message,
    createdAt: new Date(job.created_at).toISOString(), finishedAt: job.finished_at ? new Date(job.finished_at).toISOString() : null,
  };
}
