// Restores a backup (OPS-1 "restore from the latest copy"): the checksum is verified first;
// `into` restores into a NEW database and leaves the current one alone; `force` replaces the
// current database's content (after a safety backup) and keeps the catalogue of backups.
import fs from 'node:fs';
import path from 'node:path';
import { getOrm, migrate } from '../../db/orm';
import { databaseUrl } from '../../db/database-url';
import { now } from '../../clock';
import { writeAudit } from '../../audit/write-audit';
import { attachmentsDir, extractAttachments, stampOf } from './files';
import { expectedSums, verifyBackupFiles } from './verify-files';
import { createDatabaseLike, dropDatabase, replaceDatabase, restoreArchive } from './restore-archive';
import { runBackup } from './create-backup';

export interface RestoreOptions {
  file: string;
  into?: string;
  force?: boolean;
  url?: string;
  /** Where to extract the attachments archive; with `force` the live store by default. */
  attachmentsInto?: string;
  skipSafetyBackup?: boolean;
  actor?: string;
}

export interface RestoreResult {
  database: string;
  durationMs: number;
  checksumSource: 'record' | 'sidecar';
  safetyBackup: string | null;
  attachmentsRestoredTo: string | null;
  attachmentsMovedAside: string | null;
}

export async function restoreBackup(opts: RestoreOptions): Promise<RestoreResult> {
  const url = opts.url ?? databaseUrl();
  const file = path.resolve(opts.file);
  if (!opts.into && !opts.force) {
    throw new Error('Restoring into the current database replaces all of its data: pass --force, or --into <new-database> to restore beside it.');
  }
  const t0 = performance.now();
  const em = (await getOrm()).em.fork();
  const [record] = await em.execute(
    `select sha256, attachments_sha256, attachments_file from backup_record where status = 'ok' and (file = ? or file like ?) order by (file = ?) desc limit 1`,
    [file, `%/${path.basename(file)}`, file],
  );
  const expected = expectedSums(file, record ? { sha256: record.sha256, attachmentsSha256: record.attachments_sha256, attachmentsFile: record.attachments_file } : null);
  await verifyBackupFiles(file, expected);
  const tar = expected?.attachmentsFile && fs.existsSync(expected.attachmentsFile) ? expected.attachmentsFile : null;
  const result: RestoreResult = { database: opts.into ?? '', durationMs: 0, checksumSource: expected!.source, safetyBackup: null, attachmentsRestoredTo: null, attachmentsMovedAside: null };

  if (opts.into) {
    await createDatabaseLike(url, opts.into);
    try {
      await restoreArchive(url, opts.into, file);
    } catch (err) {
      await dropDatabase(url, opts.into);
      throw err;
    }
  } else {
    result.database = decodeURIComponent(new URL(url).pathname.slice(1));
    if (!opts.skipSafetyBackup) result.safetyBackup = (await runBackup({ url, kind: 'adhoc', actor: 'restore-safety' })).file ?? null;
    const catalogue = await em.execute(`select coalesce(jsonb_agg(b), '[]'::jsonb) rows from backup_record b`);
    await replaceDatabase(url, file);
    const orm = await getOrm();
    await migrate(orm);
    // The restored copy predates later backups; keep their records so they stay restorable.
    await orm.em.fork().execute(`insert into backup_record select * from jsonb_populate_recordset(null::backup_record, ?::jsonb) on conflict (id) do nothing`, [JSON.stringify(catalogue[0].rows)]);
  }
  const target = opts.attachmentsInto ?? (opts.force && !opts.into ? attachmentsDir() : null);
  if (tar && target) {
    result.attachmentsMovedAside = await extractAttachments(tar, path.resolve(target), stampOf(now()));
    result.attachmentsRestoredTo = path.resolve(target);
  }
  result.durationMs = Math.round(performance.now() - t0);
  await writeAudit((await getOrm()).em.fork(), {
    actorName: opts.actor ?? 'system',
    action: 'backup.restored',
    targetType: 'backup',
    targetId: path.basename(file),
    details: { file, into: result.database, replacedCurrent: !opts.into, safetyBackup: result.safetyBackup, durationMs: result.durationMs },
  });
  return result;
}
