// Calendar arithmetic on plain 'YYYY-MM-DD' strings for the date operations, done in UTC
// so a rule gives the same answer in any browser time zone. Invalid input gives null.

export type DateUnit = 'day' | 'month' | 'year';
const DAY_MS = 86_400_000;

/** Parses 'YYYY-MM-DD' (a time part is ignored) to a UTC midnight timestamp. */
export function parseDay(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? t : null;
}

export function formatDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

function daysInMonth(y: number, m0: number): number {
  return new Date(Date.UTC(y, m0 + 1, 0)).getUTCDate();
}

/** Adds whole units; month/year additions clamp to the month's last day (31/1 + 1 month = 28/2). */
export function dateAdd(value: unknown, n: number | null, unit: DateUnit): string | null {
  const t = parseDay(value);
  if (t === null || n === null || !Number.isInteger(n)) return null;
  const d = new Date(t);
  switch (unit) {
    case 'day': return formatDay(t + n * DAY_MS);
    case 'month':
    case 'year': {
      const months = d.getUTCFullYear() * 12 + d.getUTCMonth() + (unit === 'month' ? n : n * 12);
      const y = Math.floor(months / 12), m0 = months - y * 12;
      return formatDay(Date.UTC(y, m0, Math.min(d.getUTCDate(), daysInMonth(y, m0))));
    }
    default: return null;
  }
}

/** Whole units from a to b (negative when b is earlier); months count only completed months. */
export function dateDiff(a: unknown, b: unknown, unit: DateUnit): number | null {
  const ta = parseDay(a), tb = parseDay(b);
  if (ta === null || tb === null) return null;
  if (unit === 'day') return Math.round((tb - ta) / DAY_MS);
  if (unit !== 'month' && unit !== 'year') return null;
  const [da, db] = [new Date(ta), new Date(tb)];
  let months = (db.getUTCFullYear() - da.getUTCFullYear()) * 12 + db.getUTCMonth() - da.getUTCMonth();
  if (months > 0 && db.getUTCDate() < da.getUTCDate()) months -= 1;
  if (months < 0 && db.getUTCDate() > da.getUTCDate()) months += 1;
  return unit === 'month' ? months : Math.trunc(months / 12);
}

/** Stable period keys, the same formula the period engine uses for the calendar types. */
export function periodKey(value: unknown, type: unknown): string | null {
  const t = parseDay(value);
  if (t === null) return null;
  const d = new Date(t), y = d.getUTCFullYear(), m = d.getUTCMonth() + 1;
  switch (type) {
    case 'Yearly': return `${y}`;
    case 'SixMonthly': return `${y}S${m <= 6 ? 1 : 2}`;
    case 'Quarterly': return `${y}Q${Math.ceil(m / 3)}`;
    case 'Monthly': return `${y}M${String(m).padStart(2, '0')}`;
    default: return null;
  }
}
