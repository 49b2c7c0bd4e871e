// Validates the civil dates ('YYYY-MM-DD') that callers pass to unit queries and imports,
// so a bad date is a 400 with a clear message, never a PostgreSQL cast error (a 500).
import { badRequest } from '../../errors';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidCivilDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // Round-tripping rejects 2025-02-30 and friends, which Date would silently roll over.
  return d.toISOString().slice(0, 10) === value;
}

/** The date parameter, or the fallback when absent; throws bad-request when malformed. */
export function requireCivilDate(value: string | null | undefined, fallback: string, name = 'date'): string {
  if (value === null || value === undefined || value === '') return fallback;
  if (!isValidCivilDate(value)) {
    throw badRequest(
      { vi: `Tham số ${name} phải là ngày dạng YYYY-MM-DD.`, en: `Parameter ${name} must be a date YYYY-MM-DD.` },
      { param: name, value },
    );
  }
  return value;
}
