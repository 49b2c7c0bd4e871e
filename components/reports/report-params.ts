// Report parameters in the URL and their defaults: the last complete period of the template's
// period type, the tree date = the period's reference date (end of period), the 2025
// reorganisation presets, and the API addresses built from them.
import { query } from '@/components/api/client-api';
import { vnToday } from '@/lib/i18n/format';
import type { ReportParams } from './types';

export const TREE_PRESETS = [
  { date: '2025-06-30', key: 'reports.tree.before' },
  { date: '2025-07-01', key: 'reports.tree.after' },
] as const;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The last complete period of a type, as a key the API accepts (2025, 2026Q3, 2026M10, 2021-2025, C:2025). */
export function defaultPeriod(type: string | null, today: string = vnToday()): string {
  const [y, m] = today.split('-').map(Number);
  switch (type) {
    case 'Monthly': return m === 1 ? `${y - 1}M12` : `${y}M${pad(m - 1)}`;
    case 'Quarterly': { const q = Math.ceil(m / 3) - 1; return q === 0 ? `${y - 1}Q4` : `${y}Q${q}`; }
    case 'Phase': { const start = y - ((y - 2021) % 5 + 5) % 5; return y === start ? `${start - 5}-${start - 1}` : `${start}-${start + 4}`; }
    case 'Campaign': return `C:${y - 1}`;
    default: return String(y - 1);
  }
}

/** The reference date of a period key (its last day), 'YYYY-MM-DD'; null when the key is not understood. */
export function referenceDate(period: string): string | null {
  let r: RegExpExecArray | null;
  if ((r = /^(?:C:)?(\d{4})$/.exec(period))) return `${r[1]}-12-31`;
  if ((r = /^(\d{4})M(\d{2})$/.exec(period))) return `${r[1]}-${r[2]}-${pad(lastDay(+r[1], +r[2]))}`;
  if ((r = /^(\d{4})Q([1-4])$/.exec(period))) { const m = +r[2] * 3; return `${r[1]}-${pad(m)}-${pad(lastDay(+r[1], m))}`; }
  if ((r = /^(\d{4})H([12])$/.exec(period))) return r[2] === '1' ? `${r[1]}-06-30` : `${r[1]}-12-31`;
  if ((r = /^\d{4}-(\d{4})$/.exec(period))) return `${r[1]}-12-31`;
  if ((r = /^C:(\d{4})-(\d{2})$/.exec(period))) return `${r[1]}-${r[2]}-${pad(lastDay(+r[1], +r[2]))}`;
  return null;
}

/** The parameters as the API wants them: the tree date falls back to the period's reference date. */
export function apiParams(p: ReportParams): Record<string, string | undefined> {
  return { period: p.period || undefined, unit: p.unit || undefined, date: p.date || referenceDate(p.period) || undefined, state: p.state, level: p.level || undefined };
}

export const reportUrl = (code: string, p: ReportParams, format?: 'xlsx' | 'pdf') =>
  `/api/v1/reports/${encodeURIComponent(code)}${query({ ...apiParams(p), format })}`;

/** The page address of a report with the same parameters (shareable, reload-safe). */
export const reportPage = (code: string, p: ReportParams) => `/app/bao-cao/${encodeURIComponent(code)}${query({ ...p, level: p.level })}`;

/** Reads the parameters from a page's search params. */
export function paramsFrom(sp: Record<string, string | string[] | undefined>, periodType: string | null): ReportParams {
  const one = (k: string) => { const v = sp[k]; return (Array.isArray(v) ? v[0] : v) ?? ''; };
  return { period: one('period') || defaultPeriod(periodType), unit: one('unit'), date: one('date'), state: one('state') === 'submitted' ? 'submitted' : 'approved', level: one('level') || undefined };
}
