// Which backup copies may be removed, as a pure function of the policy: a copy older than its
// kind's keep period (never less than retention.minDays), except yearly copies kept forever
// and the latest good copy, which always stays whatever its age.
import type { BackupKind } from './create-backup';
import type { BackupPolicy } from './policy';

const DAY_MS = 24 * 3600_000;

export interface RetainedBackup {
  id: string;
  kind: BackupKind;
  status: 'ok' | 'failed';
  startedAt: Date;
  expiredAt?: Date | null;
}

/** Days a copy of this kind is kept, or 'forever' (yearly copies unless the policy says otherwise). */
export function keepDaysFor(policy: BackupPolicy, kind: BackupKind): number | 'forever' {
  const min = policy.retention.minDays;
  const s = policy.schedules.find((x) => (x.kind === 'weekly' ? 'scheduled' : x.kind) === kind);
  const keep = s?.keep ?? (kind === 'yearly' ? 'forever' : min);
  return keep === 'forever' ? 'forever' : Math.max(keep, min);
}

export function expiredBackups<T extends RetainedBackup>(policy: BackupPolicy, records: T[], now: Date): T[] {
  const good = records.filter((r) => r.status === 'ok' && !r.expiredAt);
  const latest = good.reduce<T | null>((a, r) => (!a || r.startedAt.getTime() > a.startedAt.getTime() ? r : a), null);
  return good.filter((r) => {
    if (r === latest) return false;
    const keep = keepDaysFor(policy, r.kind);
    return keep !== 'forever' && now.getTime() - r.startedAt.getTime() > keep * DAY_MS;
  });
}
