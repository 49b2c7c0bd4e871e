// Civil dates ('YYYY-MM-DD') in Vietnam's time zone. Periods, deadlines and windows are
// about calendar days in Hanoi, not instants, so all period arithmetic happens on these
// strings; instants are converted once, at the edge, with the fixed UTC+7 offset.

/** A calendar date 'YYYY-MM-DD' (Asia/Ho_Chi_Minh for anything derived from an instant). */
export type CivilDate = string;

const DAY_MS = 86_400_000;
/** Asia/Ho_Chi_Minh has been UTC+7 without daylight saving since 1975; a fixed offset is exact. */
const VN_OFFSET_MS = 7 * 3_600_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isCivilDate(value: unknown): value is CivilDate {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const month = Number(m[2]), day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

export function civilDate(year: number, month: number, day: number): CivilDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function partsOf(date: CivilDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

function dayNumber(date: CivilDate): number {
  const { year, month, day } = partsOf(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromDayNumber(n: number): CivilDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar date in Hanoi at an instant (2025-03-31T17:30:00Z is already 2025-04-01). */
export function civilDateOf(instant: Date): CivilDate {
  return new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * Adds whole months with the month-end rule: the last day of a month maps to the last day
 * of the target month (31 Dec + 3 = 31 Mar, 30 Nov + 3 = 28/29 Feb, 30 Sep + 3 = 31 Dec);
 * any other day is kept, clamped to the target month's length (31 Jan + 1 = 28/29 Feb).
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const ty = Math.floor(index / 12), tm = (index % 12) + 1;
  const last = daysInMonth(ty, tm);
  const isMonthEnd = day === daysInMonth(year, month);
  return civilDate(ty, tm, isMonthEnd ? last : Math.min(day, last));
}

/** Calendar days from `a` to `b` (positive when b is later). */
export function diffDays(a: CivilDate, b: CivilDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: CivilDate, b: CivilDate): CivilDate {
  return a <= b ? a : b;
}

export function maxDate(a: CivilDate, b: CivilDate): CivilDate {
  return a >= b ? a : b;
}
