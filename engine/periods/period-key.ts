// Stable period keys ('2025', '2025S1', '2025Q3', '2025M03', '2021-2025', 'C:<id>') and
// their parsed form. Keys are stored with every submission, so the format never changes
// and parse(format(x)) === x for every valid key.
import type { PeriodType } from '@/engine/definitions/period';

export type PeriodId =
  | { type: 'Yearly'; year: number }
  | { type: 'SixMonthly'; year: number; half: 1 | 2 }
  | { type: 'Quarterly'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { type: 'Monthly'; year: number; month: number }
  | { type: 'Phase'; startYear: number; endYear: number }
  | { type: 'Campaign'; id: string };

const PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => PeriodId | null]> = [
  [/^(\d{4})$/, (m) => ({ type: 'Yearly', year: Number(m[1]) })],
  [/^(\d{4})S([12])$/, (m) => ({ type: 'SixMonthly', year: Number(m[1]), half: Number(m[2]) as 1 | 2 })],
  [/^(\d{4})Q([1-4])$/, (m) => ({ type: 'Quarterly', year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 })],
  [/^(\d{4})M(0[1-9]|1[0-2])$/, (m) => ({ type: 'Monthly', year: Number(m[1]), month: Number(m[2]) })],
  [/^(\d{4})-(\d{4})$/, (m) => (Number(m[2]) >= Number(m[1]) ? { type: 'Phase', startYear: Number(m[1]), endYear: Number(m[2]) } : null)],
  [/^C:([A-Za-z0-9][A-Za-z0-9_.-]*)$/, (m) => ({ type: 'Campaign', id: m[1] })],
];

/** Parses a key; null when it is not a well-formed key of any type. */
export function parsePeriodKey(key: string): PeriodId | null {
  for (const [re, build] of PATTERNS) {
    const m = re.exec(key);
    if (m) {
      const id = build(m);
      if (id && yearsValid(id)) return id;
      return null;
    }
  }
  return null;
}

function yearsValid(id: PeriodId): boolean {
  switch (id.type) {
    case 'Yearly': case 'SixMonthly': case 'Quarterly': case 'Monthly': return id.year >= 1000;
    case 'Phase': return id.startYear >= 1000;
    case 'Campaign': return true;
    default: { const _x: never = id; return _x; }
  }
}

export function formatPeriodKey(id: PeriodId): string {
  switch (id.type) {
    case 'Yearly': return `${id.year}`;
    case 'SixMonthly': return `${id.year}S${id.half}`;
    case 'Quarterly': return `${id.year}Q${id.quarter}`;
    case 'Monthly': return `${id.year}M${String(id.month).padStart(2, '0')}`;
    case 'Phase': return `${id.startYear}-${id.endYear}`;
    case 'Campaign': return `C:${id.id}`;
    default: { const _x: never = id; return _x; }
  }
}

export function periodTypeOfKey(key: string): PeriodType | null {
  return parsePeriodKey(key)?.type ?? null;
}
