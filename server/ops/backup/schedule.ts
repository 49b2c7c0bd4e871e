// When a scheduled backup or test restore is due, as pure calendar arithmetic in Vietnam
// time (UTC+7, no daylight saving): the latest slot at or before `now`, and whether the last
// run predates it. Month ends ("last", 31 in a 30-day month, February, leap years) are exact.
import type { BackupKind } from './create-backup';
import type { BackupPolicy, DayOfMonth, RestoreTestSchedule, Schedule } from './policy';

const VN_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 24 * 3600_000;
const LOOKBACK_DAYS = 400;

type AnySchedule = Schedule | RestoreTestSchedule;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayOfMonth(day: DayOfMonth, year: number, month: number): number {
  const last = daysInMonth(year, month);
  return day === 'last' ? last : Math.min(day, last);
}

function matches(s: AnySchedule, year: number, month: number, date: number, weekday: number): boolean {
  if (s.kind === 'weekly') return s.weekdays.includes(weekday);
  if (s.kind === 'monthly') return date === dayOfMonth(s.day, year, month);
  return month === s.month && date === dayOfMonth(s.day, year, month);
}

/** The most recent instant at or before `now` when the schedule fires (null: none in 400 days). */
export function latestSlot(s: AnySchedule, now: Date): Date | null {
  const [hh, mm] = s.at.split(':').map(Number);
  const wallToday = new Date(now.getTime() + VN_OFFSET_MS);
  for (let back = 0; back <= LOOKBACK_DAYS; back++) {
    const wall = new Date(wallToday.getTime() - back * DAY_MS);
    const [y, m, d] = [wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate()];
    if (!matches(s, y, m, d, wall.getUTCDay())) continue;
    const slot = new Date(Date.UTC(y, m - 1, d, hh, mm) - VN_OFFSET_MS);
    if (slot.getTime() <= now.getTime()) return slot;
  }
  return null;
}

function isDue(s: AnySchedule, last: Date | null | undefined, now: Date, catchUpHours: number): boolean {
  const slot = latestSlot(s, now);
  if (!slot || now.getTime() - slot.getTime() > catchUpHours * 3600_000) return false;
  return !last || last.getTime() < slot.getTime();
}

/**
 * The backup kinds due now. `lastRuns` holds, per kind, when its last good backup started;
 * a slot missed by more than policy.catchUpHours is skipped (the next one will come).
 */
export function dueBackups(policy: BackupPolicy, lastRuns: Partial<Record<BackupKind, Date | null>>, now: Date): BackupKind[] {
  const due = new Set<BackupKind>();
  for (const s of policy.schedules) {
    const kind = s.kind === 'weekly' ? 'scheduled' : s.kind;
    if (isDue(s, lastRuns[kind], now, policy.catchUpHours)) due.add(kind);
  }
  return [...due];
}

export function restoreTestDue(policy: BackupPolicy, lastTestAt: Date | null | undefined, now: Date): boolean {
  return isDue(policy.restoreTest, lastTestAt, now, policy.catchUpHours);
}
