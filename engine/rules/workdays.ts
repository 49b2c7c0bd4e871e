// Working-day arithmetic for deadlines such as "within 3 working days": Monday–Friday,
// minus the holidays a rule names (a catalog whose item codes are 'YYYY-MM-DD' dates).
// Pure and total: invalid input gives null; a runaway count is bounded.
import { formatDay, parseDay } from './dates';

const DAY_MS = 86_400_000;
/** At most this many working days either way (about 40 years), so evaluation always ends. */
const MAX_WORKDAYS = 10_000;

const isWeekend = (t: number): boolean => {
  const wd = new Date(t).getUTCDay();
  return wd === 0 || wd === 6;
};

/**
 * Adds n working days to a date: n = 0 gives the date itself, or the next working day when
 * the date is not one; a negative n counts backwards. `isHoliday` receives 'YYYY-MM-DD'.
 */
export function workdaysAdd(value: unknown, n: number | null, isHoliday: (day: string) => boolean = () => false): string | null {
  let t = parseDay(value);
  if (t === null || n === null || !Number.isInteger(n) || Math.abs(n) > MAX_WORKDAYS) return null;
  const working = (x: number) => !isWeekend(x) && !isHoliday(formatDay(x));
  if (n === 0) {
    // Holidays are finite (catalog items), so a working day is found within a bounded walk.
    for (let i = 0; i < MAX_WORKDAYS && !working(t); i++) t += DAY_MS;
    return working(t) ? formatDay(t) : null;
  }
  const step = n > 0 ? DAY_MS : -DAY_MS;
  let left = Math.abs(n);
  for (let guard = 0; left > 0 && guard < MAX_WORKDAYS * 3; guard++) {
    t += step;
    if (working(t)) left -= 1;
  }
  return left === 0 ? formatDay(t) : null;
}
