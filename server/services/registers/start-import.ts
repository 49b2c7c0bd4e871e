// Use case: accept an uploaded workbook for a unit's register and queue its import job.
// Scope is checked here (data entry on the unit); the rows are checked by the job itself,
// which runs on the job queue when this process runs one, else right after the response.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@/engine/access/actor';
import { AppError } from '../../errors';
import { dispatchImport } from './dispatch-import';
import { insertJob, type ImportMode } from './import-jobs';
import { registerTarget } from './register-target';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface StartImportInput { formCode: string; unitCode: string; mode: ImportMode; fileName: string; file: Buffer }

export async function startImport(em: EntityManager, actor: Actor, input: StartImportInput, now: Date, today: string): Promise<{ id: string; status: 'queued' }> {
  const { bundle, unit } = await registerTarget(em, actor, input.formCode, input.unitCode, today, 'write');
  if (input.file.length > MAX_IMPORT_BYTES) {
    throw new AppError('payload-too-large', { vi: 'Tệp lớn hơn 50 MB.', en: 'The file is larger than 50 MB.' });
  }
  if (input.file.length < 4 || input.file.readUInt32LE(0) !== 0x04034b50) {
    throw new AppError('bad-request', { vi: 'Tệp phải là bảng tính Excel .xlsx.', en: 'The file must be an Excel .xlsx workbook.' });
  }
  const id = await insertJob(em, {
    formCode: bundle.form.code, formVersion: bundle.form.version, unitId: unit.id, accountId: actor.accountId,
    mode: input.mode, fileName: input.fileName.slice(0, 255), file: input.file, at: now,
  });
  await dispatchImport(id);
  return { id, status: 'queued' };
}
