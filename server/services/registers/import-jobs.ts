// SQL for the import_job row: created with the uploaded file, progress written outside the
// data transaction (so pollers see it move), and the outcome written inside it (so "done"
// and the records commit together and a re-run after a crash finds the truth).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RowError } from './validate-row';

export type ImportMode = 'all-or-nothing' | 'valid-rows-only';
export type ImportStatus = 'queued' | 'validating' | 'writing' | 'done' | 'rejected' | 'failed';

export interface ImportJobRow {
  id: string; form_code: string; form_version: number; unit_id: string; account_id: string; mode: ImportMode;
  status: ImportStatus; file_name: string; total: number; processed: number; valid: number; invalid: number;
  written: number; errors: RowError[]; message: string | null; created_at: Date; updated_at: Date; finished_at: Date | null;
}

const COLUMNS = `id, form_code, form_version, unit_id, account_id, mode, status, file_name, total, processed, valid, invalid,
  written, errors, message, created_at, updated_at, finished_at`;

export async function insertJob(em: EntityManager, job: { formCode: string; formVersion: number; unitId: string; accountId: string; mode: ImportMode; fileName: string; file: Buffer; at: Date }): Promise<string> {
  const rows = await em.execute<{ id: string }[]>(
    `insert into import_job (form_code, form_version, unit_id, account_id, mode, status, file_name, file, created_at, updated_at)
     values (?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?) returning id`,
    [job.formCode, job.formVersion, job.unitId, job.accountId, job.mode, job.fileName, job.file, job.at, job.at],
  );
  return rows[0].id;
}

export async function loadJob(em: EntityManager, id: string): Promise<ImportJobRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const rows = await em.execute<ImportJobRow[]>(`select ${COLUMNS} from import_job where id = ?`, [id]);
  return rows[0] ?? null;
}

export async function loadFile(em: EntityManager, id: string): Promise<Buffer | null> {
  const rows = await em.execute<{ file: Buffer | null }[]>(`select file from import_job where id = ?`, [id]);
  return rows[0]?.file ?? null;
}

export interface Progress { status?: ImportStatus; total?: number; processed?: number; valid?: number; invalid?: number; written?: number }

export async function saveProgress(em: EntityManager, id: string, p: Progress, at: Date): Promise<void> {
  await em.execute(
    `update import_job set status = coalesce(?, status), total = coalesce(?, total), processed = coalesce(?, processed),
       valid = coalesce(?, valid), invalid = coalesce(?, invalid), written = coalesce(?, written), updated_at = ?
     where id = ? and status not in ('done', 'rejected')`,
    [p.status ?? null, p.total ?? null, p.processed ?? null, p.valid ?? null, p.invalid ?? null, p.written ?? null, at, id],
  );
}

export async function finishJob(em: EntityManager, id: string, end: { status: ImportStatus; written: number; errors: RowError[]; message?: string | null }, at: Date): Promise<void> {
  await em.execute(
    `update import_job set status = ?, written = ?, errors = ?::jsonb, message = ?, file = null, updated_at = ?, finished_at = ? where id = ?`,
    [end.status, end.written, JSON.stringify(end.errors), end.message ?? null, at, at, id],
  );
}
