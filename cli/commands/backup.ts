// `backup`: make a backup now (pg_dump -Fc + attachments + SHA-256, recorded in backup_record),
// and the operator's other backup chores: list copies, run the test restore, run what the
// policy says is due, remove expired copies. See docs/operations.md.
import { bringUpDatabase } from '../../server/runtime/database';
import { runBackup, BACKUP_KINDS, type BackupKind } from '../../server/ops/backup/create-backup';
import { runRestoreTest } from '../../server/ops/backup/restore-test';
import { pruneExpiredBackups, runDueBackups } from '../../server/ops/backup/scheduled';

const USAGE = `Usage:
  npm run cli -- backup [--kind adhoc|scheduled|monthly|yearly] [--dir <dir>]
  npm run cli -- backup list | restore-test | due | prune`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const mib = (n: number | null | undefined) => `${((n ?? 0) / 1048576).toFixed(2)} MiB`;

export async function run(args: string[]): Promise<number> {
  const sub = args[0] && !args[0].startsWith('--') ? args[0] : 'create';
  const kind = (option(args, '--kind') ?? 'adhoc') as BackupKind;
  if (!['create', 'list', 'restore-test', 'due', 'prune'].includes(sub) || !BACKUP_KINDS.includes(kind)) {
    console.error(USAGE);
    return 2;
  }
  const db = await bringUpDatabase({ log: (m) => console.log(m) });
  try {
    if (sub === 'create') {
      const r = await runBackup({ kind, dir: option(args, '--dir'), actor: 'cli' });
      console.log(`Backup ${r.kind} written in ${(r.durationMs / 1000).toFixed(1)} s (PostgreSQL ${r.serverVersion}, pg_dump ${r.pgDumpVersion})`);
      console.log(`  ${r.file}  ${mib(r.sizeBytes)}  sha256 ${r.sha256}`);
      if (r.attachmentsFile) console.log(`  ${r.attachmentsFile}  ${mib(r.attachmentsSizeBytes)}  ${r.attachmentsCount} file(s)`);
      else console.log('  (no attachments store yet: nothing to archive)');
      return 0;
    }
    if (sub === 'list') {
      const rows = await db.orm.em.fork().execute(
        `select started_at, kind, status, size_bytes, restore_test_ok, expired_at, coalesce(file, error) what from backup_record order by started_at desc limit 50`,
      );
      for (const r of rows) {
        const state = r.expired_at ? 'expired' : r.status;
        console.log(`${new Date(r.started_at).toISOString()}  ${r.kind.padEnd(9)} ${state.padEnd(7)} ${mib(r.size_bytes).padStart(11)}  test:${r.restore_test_ok ?? '-'}  ${r.what}`);
      }
      if (!rows.length) console.log('No backups yet.');
      return 0;
    }
    if (sub === 'restore-test') {
      const t = await runRestoreTest();
      console.log(`Restore test ${t.status}: ${t.tablesChecked} table(s) compared in ${(t.durationMs / 1000).toFixed(1)} s${t.error ? ` — ${t.error}` : ''}`);
      return t.status === 'ok' ? 0 : 1;
    }
    if (sub === 'due') {
      const r = await runDueBackups();
      console.log(`Made ${r.made.length} backup(s), ${r.failed.length} failed, ${r.expired.length} expired; restore test: ${r.restoreTest?.status ?? 'not due'}`);
      for (const f of r.failed) console.error(`  ${f.kind}: ${f.error}`);
      return r.failed.length || (r.restoreTest && r.restoreTest.status !== 'ok') ? 1 : 0;
    }
    const expired = await pruneExpiredBackups();
    console.log(`Removed the files of ${expired.length} expired backup(s); their records are kept.`);
    return 0;
  } finally {
    await db.stop();
  }
}
