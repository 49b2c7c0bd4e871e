// Server side of the operator page: the same facts /api/health reports (database, job
// queue, last backup and restore test, OPS-1/OPS-2), as a plain DTO for the client view.
import 'server-only';
import type { EntityManager } from '@mikro-orm/postgresql';
import { jobQueue } from '@/server/jobs/boss';
import { backupStatus } from '@/server/ops/backup/status';

export interface OperationsDto {
  checkedAt: string;
  db: 'ok' | 'unreachable';
  jobs: 'ok' | 'off';
  lastBackupAt: string | null;
  lastBackupAgeHours: number | null;
  lastRestoreTestAt: string | null;
  lastRestoreTestOk: boolean | null;
  /** Hours after which a missing backup is shown as an alarm. */
  staleAfterHours: number;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function loadOperations(em: EntityManager, now: Date): Promise<OperationsDto> {
  const base = { checkedAt: now.toISOString(), jobs: jobQueue() ? 'ok' as const : 'off' as const, staleAfterHours: Number(process.env.BACKUP_STALE_HOURS ?? 96) };
  try {
    await em.getConnection().execute('select 1');
  } catch {
    return { ...base, db: 'unreachable', lastBackupAt: null, lastBackupAgeHours: null, lastRestoreTestAt: null, lastRestoreTestOk: null };
  }
  const b = await backupStatus(em, now).catch(() => null);
  return {
    ...base, db: 'ok',
    lastBackupAt: iso(b?.lastBackupAt ?? null), lastBackupAgeHours: b?.lastBackupAgeHours ?? null,
    lastRestoreTestAt: iso(b?.lastRestoreTestAt ?? null), lastRestoreTestOk: b?.lastRestoreTestOk ?? null,
  };
}
