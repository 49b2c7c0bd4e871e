// Use case: process one import job. Reads the workbook as a stream, checks every row (types,
// required fields, the form's rules), then — when the chosen mode allows — writes all accepted
// rows and the job's outcome in ONE transaction: a crash leaves the whole batch or nothing.
import type { EntityManager } from '@mikro-orm/postgresql';
import { compileForm } from '@/engine/rules/compile-form';
import { now as clockNow, vnDate } from '../../clock';
import { getOrm } from '../../db/orm';
import { writeAudit } from '../../audit/write-audit';
import { publishedDefinitions } from '../definitions/published-definitions';
import { bundleFor } from '../submissions/form-bundle';
import { finishJob, loadFile, loadJob, saveProgress, type ImportJobRow } from './import-jobs';
import { readRegisterSheet, type SheetRow } from './read-workbook';
import { registerColumns } from './register-columns';
import { checkRow, type RowError } from './validate-row';
import { CHUNK, insertRecords } from './write-records';

export interface ImportHooks {
  /** Called inside the open transaction after each chunk is written (crash tests, benches). */
  onChunkWritten?: (written: number, total: number) => Promise<void> | void;
}

const MAX_ERRORS = 1000;
const STEP = 500;

export async function runImport(em: EntityManager, jobId: string, hooks: ImportHooks = {}): Promise<ImportJobRow | null> {
  const job = await loadJob(em, jobId);
  if (!job || job.status === 'done' || job.status === 'rejected') return job;
  // Progress goes through its own entity manager so it never joins the data transaction.
  const side = (await getOrm()).em.fork() as EntityManager;
  const progress = (p: Parameters<typeof saveProgress>[2]) => saveProgress(side, jobId, p, clockNow());
  try {
    const file = await loadFile(em, jobId);
    if (!file) throw new Error('the uploaded file is no longer stored');
    const bundle = bundleFor(await publishedDefinitions(em), job.form_code, job.form_version);
    const columns = registerColumns(bundle.form);
    const checker = { columns, compiled: compileForm(bundle.form), catalogs: bundle.catalogs, now: clockNow() };
    await progress({ status: 'validating', processed: 0, valid: 0, invalid: 0, written: 0 });
    const rows: SheetRow[] = [];
    for await (const r of readRegisterSheet(file, columns)) rows.push(r);
    await progress({ total: rows.length });

    const accepted: Record<string, unknown>[] = [];
    const errors: RowError[] = [];
    let invalid = 0;
    for (let i = 0; i < rows.length; i++) {
      const checked = checkRow(checker, rows[i].row, rows[i].cells);
      if (checked.errors.length === 0) accepted.push(checked.data);
      else {
        invalid++;
        errors.push(...checked.errors.slice(0, Math.max(0, MAX_ERRORS - errors.length)));
      }
      if ((i + 1) % STEP === 0) await progress({ processed: i + 1, valid: accepted.length, invalid });
    }
    await progress({ processed: rows.length, valid: accepted.length, invalid });
    const at = clockNow();
    if ((invalid > 0 && job.mode === 'all-or-nothing') || accepted.length === 0) {
      await finishJob(em, jobId, { status: 'rejected', written: 0, errors }, at);
      return loadJob(em, jobId);
    }

    await progress({ status: 'writing' });
    const [{ full_name: actorName }] = await em.execute<{ full_name: string }[]>(`select full_name from account where id = ?`, [job.account_id]);
    const owner = { unitId: job.unit_id, actorId: job.account_id, actorName, at, today: vnDate(at) };
    await em.transactional(async (tx) => {
      // One writer per job: a retried job that overlaps a slow first attempt waits here, then sees 'done'.
      await tx.execute(`select pg_advisory_xact_lock(hashtext('import_job:' || ?))`, [jobId]);
      const [current] = await tx.execute<{ status: string }[]>(`select status from import_job where id = ?`, [jobId]);
      if (current?.status === 'done') return;
      for (let i = 0; i < accepted.length; i += CHUNK) {
        await insertRecords(tx as EntityManager, bundle, owner, accepted.slice(i, i + CHUNK));
        const written = Math.min(i + CHUNK, accepted.length);
        await progress({ written });
        await hooks.onChunkWritten?.(written, accepted.length);
      }
      await finishJob(tx as EntityManager, jobId, { status: 'done', written: accepted.length, errors }, at);
      await writeAudit(tx as EntityManager, {
        actorId: job.account_id, actorName, action: 'submission.import', targetType: 'import_job', targetId: jobId,
        details: { form: job.form_code, unitId: job.unit_id, written: accepted.length, invalid, mode: job.mode }, at,
      });
    });
    return loadJob(em, jobId);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await finishJob(side, jobId, { status: 'failed', written: 0, errors: [], message }, clockNow());
    return loadJob(side, jobId);
  }
}
