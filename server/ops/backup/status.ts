// Backup health for /api/health (OPS-1): when the last good copy was made, how old it is, and
// whether the last test restore proved a copy restorable. Null fields mean "never happened".
import type { EntityManager } from '@mikro-orm/postgresql';

export interface BackupStatus {
  lastBackupAt: Date | null;
  lastBackupAgeHours: number | null;
  lastRestoreTestAt: Date | null;
  lastRestoreTestOk: boolean | null;
}

export async function backupStatus(em: EntityManager, now: Date): Promise<BackupStatus> {
  const [row] = await em.execute<{ last_backup_at: Date | null; last_test_at: Date | null; last_test_status: string | null }[]>(
    `select (select max(finished_at) from backup_record where status = 'ok') last_backup_at,
            t.started_at last_test_at, t.status last_test_status
       from (select 1) one
       left join lateral (select started_at, status from restore_test order by started_at desc limit 1) t on true`,
  );
  const lastBackupAt = row.last_backup_at ? new Date(row.last_backup_at) : null;
  return {
    lastBackupAt,
    lastBackupAgeHours: lastBackupAt ? Math.round(((now.getTime() - lastBackupAt.getTime()) / 3600_000) * 10) / 10 : null,
    lastRestoreTestAt: row.last_test_at ? new Date(row.last_test_at) : null,
    lastRestoreTestOk: row.last_test_status ? row.last_test_status === 'ok' : null,
  };
}
