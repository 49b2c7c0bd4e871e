// The separate status notions of a period, each its own function because users (and
// DHIS2) confuse them: open for entry, due date, timeliness of a submission, locked, and
// the deadline as a user sees it. All compare calendar days in Asia/Ho_Chi_Minh.
import type { Actor } from '@/engine/access/actor';
import type { PeriodDefinition, PeriodOffset } from '@/engine/definitions/period';
import { addDays, addMonths, civilDateOf, diffDays, type CivilDate } from './civil-date';
import { requirePeriod, type Period } from './resolve';

/** First or last day of the period, plus months (month-end rule), then days. */
export function resolveOffset(period: Period, offset: PeriodOffset): CivilDate {
  const anchor = offset.from === 'start' ? period.start : period.end;
  return addDays(addMonths(anchor, offset.months ?? 0), offset.days ?? 0);
}

/** "Figures as of" (PER-2: 31 December for a yearly period); default the period's last day. */
export function referenceDate(def: PeriodDefinition, key: string): CivilDate {
  return resolveOffset(requirePeriod(def, key), def.referenceDate ?? { from: 'end' });
}

/** First and last day (both inclusive) on which data of this period may be entered. */
export function entryWindow(def: PeriodDefinition, key: string): { open: CivilDate; close: CivilDate } {
  const period = requirePeriod(def, key);
  return { open: resolveOffset(period, def.entry.open), close: resolveOffset(period, def.entry.close) };
}

export function isOpenForEntry(def: PeriodDefinition, key: string, now: Date): boolean {
  const { open, close } = entryWindow(def, key);
  const today = civilDateOf(now);
  return open <= today && today <= close;
}

/** Last day (inclusive) for an on-time submission (PER-2: yearly → 31 March next year). */
export function dueDate(def: PeriodDefinition, key: string): CivilDate {
  return resolveOffset(requirePeriod(def, key), def.due);
}

/** On time when submitted on or before the due date, Hanoi calendar day. Independent of open/lock. */
export function timeliness(def: PeriodDefinition, key: string, submittedAt: Date): 'on-time' | 'late' {
  return civilDateOf(submittedAt) <= dueDate(def, key) ? 'on-time' : 'late';
}

/** Whether the actor holds a lock-override role covering the definition's domain. */
export function canOverrideLock(def: PeriodDefinition, actor: Actor): boolean {
  const roles = def.lock?.overrideRoles ?? [];
  return actor.grants.some((g) => roles.includes(g.role) && (g.domain === null || def.domain === undefined || g.domain === def.domain));
}

/** Locked = the lock applies and today is after the entry close; an override role unlocks it for that actor. */
export function isLocked(def: PeriodDefinition, key: string, now: Date, actor?: Actor): boolean {
  if (!def.lock?.afterClose) return false;
  const { close } = entryWindow(def, key);
  if (civilDateOf(now) <= close) return false;
  return !(actor && canOverrideLock(def, actor));
}

export interface DeadlineInfo {
  due: CivilDate;
  /** Calendar days from today to the due date: 0 on the due date, negative once overdue. */
  daysLeft: number;
  overdue: boolean;
}

export function deadlineInfo(def: PeriodDefinition, key: string, now: Date): DeadlineInfo {
  const due = dueDate(def, key);
  const daysLeft = diffDays(civilDateOf(now), due);
  return { due, daysLeft, overdue: daysLeft < 0 };
}
