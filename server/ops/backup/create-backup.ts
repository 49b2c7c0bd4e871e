// Makes one backup (OPS-1): pg_dump -Fc of the database in a snapshot with its fingerprints,
// a tar of the attachments store, SHA-256 of both (record + sidecar), a `pg_restore --list`
// read-back, and a backup_record row, also when it fails, so a missed backup is visible.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getOrm } from '../../db/orm';
import { databaseUrl } from '../../db/database-url';
import { now } from '../../clock';
import { writeAudit } from '../../audit/write-audit';
import { BackupRecord, type BackupRecordRow } from '../../entities/backup-record';
import { archiveAttachments, attachmentsDir, backupDir, ensurePrivateDir, removeQuietly, sha256File, sidecarPath, stampOf, writeSidecar } from './files';
import { databaseNameOf, findPgTool, runTool, toolVersion } from './pg-tools';
import { dumpWithFingerprints } from './snapshot-dump';

export type BackupKind = 'adhoc' | 'scheduled' | 'monthly' | 'yearly';
export const BACKUP_KINDS: readonly BackupKind[] = ['adhoc', 'scheduled', 'monthly', 'yearly'];

export interface BackupOptions {
  kind?: BackupKind;
  dir?: string;
  url?: string;
  attachments?: string;
  now?: Date;
  /** Who asked: 'cli', 'scheduler', … (audit actor name). */
  actor?: string;
}

type Facts = Partial<Omit<BackupRecordRow, 'id'>>;

export async function runBackup(opts: BackupOptions = {}): Promise<BackupRecordRow> {
  const url = opts.url ?? databaseUrl();
  const kind = opts.kind ?? 'adhoc';
  const startedAt = opts.now ?? now();
  const t0 = performance.now();
  const dir = path.resolve(opts.dir ?? backupDir());
  const databaseName = databaseNameOf(url);
  const base = path.join(dir, `${databaseName}-${kind}-${stampOf(startedAt)}-${randomBytes(2).toString('hex')}`);
  const dumpFile = `${base}.dump`;
  const tarFile = `${base}.attachments.tar`;
  const facts: Facts = { kind, databaseName, startedAt, createdBy: opts.actor ?? null, fingerprints: {} };
  try {
    ensurePrivateDir(dir);
    const pgDump = findPgTool('pg_dump');
    facts.pgDumpVersion = await toolVersion(pgDump);
    const dumped = await dumpWithFingerprints({ url, pgDump, pgDumpVersion: facts.pgDumpVersion, file: dumpFile });
    Object.assign(facts, dumped);
    fs.chmodSync(dumpFile, 0o600);
    Object.assign(facts, { file: dumpFile, sizeBytes: fs.statSync(dumpFile).size, sha256: await sha256File(dumpFile) });
    // Read the archive back: a copy pg_restore cannot list is not a backup.
    await runTool(findPgTool('pg_restore'), ['--list', dumpFile]);
    const archived = await archiveAttachments(opts.attachments ?? attachmentsDir(), tarFile);
    if (archived) {
      Object.assign(facts, { attachmentsFile: tarFile, attachmentsCount: archived.count });
      Object.assign(facts, { attachmentsSizeBytes: fs.statSync(tarFile).size, attachmentsSha256: await sha256File(tarFile) });
    }
    writeSidecar(dumpFile, { [dumpFile]: facts.sha256 as string, ...(archived ? { [tarFile]: facts.attachmentsSha256 as string } : {}) });
    return await save({ ...facts, status: 'ok', verified: true }, t0);
  } catch (err) {
    removeQuietly(dumpFile, tarFile, sidecarPath(dumpFile));
    const error = err instanceof Error ? err.message : String(err);
    await save({ ...facts, file: null, status: 'failed', error, verified: false }, t0).catch(() => undefined);
    throw new Error(`Backup failed: ${error}`, { cause: err });
  }
}

async function save(facts: Facts, t0: number): Promise<BackupRecordRow> {
  const durationMs = Math.round(performance.now() - t0);
  const finishedAt = new Date((facts.startedAt as Date).getTime() + durationMs);
  const em = (await getOrm()).em.fork();
  const record = em.create(BackupRecord, { ...facts, durationMs, finishedAt } as BackupRecordRow);
  await em.flush();
  const ok = record.status === 'ok';
  await writeAudit(em, {
    at: facts.startedAt,
    actorName: facts.createdBy ?? 'system',
    action: ok ? 'backup.created' : 'backup.failed',
    targetType: 'backup',
    targetId: record.id,
    details: { kind: record.kind, file: record.file, sizeBytes: record.sizeBytes, sha256: record.sha256, durationMs, error: record.error },
  });
  return record;
}
