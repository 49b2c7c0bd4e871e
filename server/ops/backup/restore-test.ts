// The periodic test restore (OPS-1, seed 003 §5.1): the latest good backup is restored into
// a scratch database and its per-table fingerprints are compared with those recorded in the
// dump's snapshot. The result is kept (restore_test); a failure is audited and returned as an alert.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { getOrm } from '../../db/orm';
import { databaseUrl } from '../../db/database-url';
import { now as clockNow } from '../../clock';
import { writeAudit, type AuditEvent } from '../../audit/write-audit';
import { BackupRecord } from '../../entities/backup-record';
import { compareFingerprints, tableFingerprints, type FingerprintDiff } from './fingerprint';
import { expectedSums, verifyBackupFiles } from './verify-files';
import { createDatabaseLike, dropDatabase, restoreArchive } from './restore-archive';
import { urlForDatabase } from './pg-tools';
import { stampOf } from './files';

export const RESTORE_TEST_FAILED = 'backup.restore-test.failed';

export interface RestoreTestResult {
  id: string;
  status: 'ok' | 'mismatch' | 'error';
  backupId: string | null;
  tablesChecked: number;
  mismatches: FingerprintDiff[];
  error: string | null;
  durationMs: number;
  /** Set when the test failed: the audit event written, for notifications. */
  alert: AuditEvent | null;
}

export async function runRestoreTest(opts: { now?: Date; url?: string } = {}): Promise<RestoreTestResult> {
  const at = opts.now ?? clockNow();
  const url = opts.url ?? databaseUrl();
  const t0 = performance.now();
  const em = (await getOrm()).em.fork();
  const backup = await em.findOne(BackupRecord, { status: 'ok', expiredAt: null }, { orderBy: { startedAt: 'desc' } });
  const scratch = `restore_test_${stampOf(at).toLowerCase()}_${randomBytes(3).toString('hex')}`;
  let status: RestoreTestResult['status'] = 'error';
  let mismatches: FingerprintDiff[] = [];
  let tablesChecked = 0;
  let error: string | null = null;
  let created = false;
  try {
    if (!backup?.file) throw new Error('There is no good backup to test.');
    await verifyBackupFiles(backup.file, expectedSums(backup.file, backup));
    await createDatabaseLike(url, scratch);
    created = true;
    await restoreArchive(url, scratch, backup.file);
    const actual = await fingerprintsOf(url, scratch);
    tablesChecked = Object.keys(actual).length;
    mismatches = compareFingerprints(backup.fingerprints, actual);
    status = mismatches.length ? 'mismatch' : 'ok';
    if (status === 'mismatch') error = `${mismatches.length} table(s) differ from the backup's fingerprints: ${mismatches.map((m) => m.table).join(', ')}`;
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  } finally {
    if (created) await dropDatabase(url, scratch).catch(() => undefined);
  }
  const durationMs = Math.round(performance.now() - t0);
  const [row] = await em.execute<{ id: string }[]>(
    `insert into restore_test (backup_id, status, started_at, finished_at, duration_ms, scratch_database, tables_checked, mismatches, error)
     values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) returning id`,
    [backup?.id ?? null, status, at, new Date(at.getTime() + durationMs), durationMs, scratch, tablesChecked, JSON.stringify(mismatches), error],
  );
  if (backup) await em.nativeUpdate(BackupRecord, { id: backup.id }, { restoreTestedAt: at, restoreTestOk: status === 'ok' });
  let alert: AuditEvent | null = null;
  if (status !== 'ok') {
    alert = {
      at,
      actorName: 'system',
      action: RESTORE_TEST_FAILED,
      targetType: 'backup',
      targetId: backup?.id ?? null,
      details: { restoreTestId: row.id, status, file: backup?.file ?? null, error, tables: mismatches.map((m) => m.table) },
    };
    await writeAudit(em, alert);
  }
  return { id: row.id, status, backupId: backup?.id ?? null, tablesChecked, mismatches, error, durationMs, alert };
}

async function fingerprintsOf(url: string, database: string) {
  const client = new pg.Client({ connectionString: urlForDatabase(url, database) });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    return await tableFingerprints(client);
  } finally {
    await client.query('rollback').catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
