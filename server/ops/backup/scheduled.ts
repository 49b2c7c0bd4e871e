// The entry points the job scheduler calls (the lead wires them into pg-boss): run whatever
// backups the policy says are due, remove expired copies' files (their rows stay, marked
// expired), and run the test restore when due. Each is safe to call as often as wanted.
import { getOrm } from '../../db/orm';
import { now as clockNow } from '../../clock';
import { writeAudit } from '../../audit/write-audit';
import { BackupRecord, type BackupRecordRow } from '../../entities/backup-record';
import { runBackup, type BackupKind } from './create-backup';
import { runRestoreTest, type RestoreTestResult } from './restore-test';
import { dueBackups, expiredBackups, loadPolicy, restoreTestDue, type BackupPolicy } from './policy';
import { removeQuietly, sidecarPath } from './files';

/** A kind that failed is retried after this long, not on every scheduler tick. */
const RETRY_AFTER_MS = 60 * 60_000;

export interface ScheduledRun {
  made: BackupRecordRow[];
  failed: { kind: BackupKind; error: string }[];
  expired: string[];
  restoreTest: RestoreTestResult | null;
}

export async function runDueBackups(opts: { now?: Date; policy?: BackupPolicy } = {}): Promise<ScheduledRun> {
  const at = opts.now ?? clockNow();
  const policy = opts.policy ?? loadPolicy();
  const em = (await getOrm()).em.fork();
  const rows = await em.execute<{ kind: BackupKind; last_ok: Date | null; last_failed: Date | null }[]>(
    `select kind, max(started_at) filter (where status = 'ok') last_ok, max(started_at) filter (where status = 'failed') last_failed
       from backup_record where kind <> 'adhoc' group by kind`,
  );
  const last = Object.fromEntries(rows.map((r) => [r.kind, r.last_ok ? new Date(r.last_ok) : null]));
  const recentFailure = (kind: BackupKind) => rows.some((r) => r.kind === kind && r.last_failed && at.getTime() - new Date(r.last_failed).getTime() < RETRY_AFTER_MS);
  const result: ScheduledRun = { made: [], failed: [], expired: [], restoreTest: null };
  for (const kind of dueBackups(policy, last, at).filter((k) => !recentFailure(k))) {
    try {
      result.made.push(await runBackup({ kind, now: at, actor: 'scheduler' }));
    } catch (err) {
      result.failed.push({ kind, error: err instanceof Error ? err.message : String(err) });
    }
  }
  result.expired = await pruneExpiredBackups({ now: at, policy });
  const [test] = await em.execute<{ at: Date | null }[]>(`select max(started_at) at from restore_test`);
  if (restoreTestDue(policy, test.at ? new Date(test.at) : null, at)) result.restoreTest = await runRestoreTest({ now: at });
  return result;
}

/** Deletes the files of expired copies and marks their rows expired; returns their ids. */
export async function pruneExpiredBackups(opts: { now?: Date; policy?: BackupPolicy } = {}): Promise<string[]> {
  const at = opts.now ?? clockNow();
  const policy = opts.policy ?? loadPolicy();
  const em = (await getOrm()).em.fork();
  const records = await em.find(BackupRecord, { status: 'ok', expiredAt: null });
  const expired = expiredBackups(policy, records, at);
  for (const r of expired) {
    removeQuietly(r.file, r.attachmentsFile, r.file ? sidecarPath(r.file) : null);
    r.expiredAt = at;
  }
  await em.flush();
  if (expired.length) {
    await writeAudit(em, { at, actorName: 'scheduler', action: 'backup.expired', targetType: 'backup', details: { ids: expired.map((r) => r.id), files: expired.map((r) => r.file) } });
  }
  return expired.map((r) => r.id);
}
