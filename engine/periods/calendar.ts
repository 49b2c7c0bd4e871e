// Ranges, lookup by date and neighbours for the calendar types and multi-year phases.
// These need no definition beyond the phase alignment, so they are plain arithmetic.
import type { PhaseSpec } from '@/engine/definitions/period';
import { civilDate, daysInMonth, partsOf, type CivilDate } from './civil-date';
import type { PeriodId } from './period-key';

export type CalendarId = Exclude<PeriodId, { type: 'Campaign' }>;
export type CalendarType = CalendarId['type'];
export interface DateRange { start: CivilDate; end: CivilDate }

function monthsRange(year: number, firstMonth: number, count: number): DateRange {
  const lastMonth = firstMonth + count - 1;
  return { start: civilDate(year, firstMonth, 1), end: civilDate(year, lastMonth, daysInMonth(year, lastMonth)) };
}

export function calendarRange(id: CalendarId): DateRange {
  switch (id.type) {
    case 'Yearly': return monthsRange(id.year, 1, 12);
    case 'SixMonthly': return monthsRange(id.year, id.half === 1 ? 1 : 7, 6);
    case 'Quarterly': return monthsRange(id.year, (id.quarter - 1) * 3 + 1, 3);
    case 'Monthly': return monthsRange(id.year, id.month, 1);
    case 'Phase': return { start: civilDate(id.startYear, 1, 1), end: civilDate(id.endYear, 12, 31) };
    default: { const _x: never = id; return _x; }
  }
}

/** The phase containing `year`; phases are aligned on phase.startYear in both directions. */
function phaseOfYear(phase: PhaseSpec, year: number): CalendarId {
  const index = Math.floor((year - phase.startYear) / phase.lengthYears);
  const startYear = phase.startYear + index * phase.lengthYears;
  return { type: 'Phase', startYear, endYear: startYear + phase.lengthYears - 1 };
}

export function isAlignedPhase(phase: PhaseSpec, id: CalendarId): boolean {
  if (id.type !== 'Phase') return false;
  const expected = phaseOfYear(phase, id.startYear);
  return expected.type === 'Phase' && expected.startYear === id.startYear && expected.endYear === id.endYear;
}

export function calendarIdForDate(type: CalendarType, date: CivilDate, phase: PhaseSpec | undefined): CalendarId {
  const { year, month } = partsOf(date);
  switch (type) {
    case 'Yearly': return { type, year };
    case 'SixMonthly': return { type, year, half: month <= 6 ? 1 : 2 };
    case 'Quarterly': return { type, year, quarter: Math.ceil(month / 3) as 1 | 2 | 3 | 4 };
    case 'Monthly': return { type, year, month };
    case 'Phase': return phaseOfYear(requirePhase(phase), year);
    default: { const _x: never = type; return _x; }
  }
}

/** The period `steps` periods after (negative: before) `id`. */
export function shiftCalendarId(id: CalendarId, steps: number): CalendarId {
  switch (id.type) {
    case 'Yearly': return { type: 'Yearly', year: id.year + steps };
    case 'SixMonthly': {
      const n = id.year * 2 + (id.half - 1) + steps;
      return { type: 'SixMonthly', year: Math.floor(n / 2), half: ((n % 2) + 1) as 1 | 2 };
    }
    case 'Quarterly': {
      const n = id.year * 4 + (id.quarter - 1) + steps;
      return { type: 'Quarterly', year: Math.floor(n / 4), quarter: ((n % 4) + 1) as 1 | 2 | 3 | 4 };
    }
    case 'Monthly': {
      const n = id.year * 12 + (id.month - 1) + steps;
      return { type: 'Monthly', year: Math.floor(n / 12), month: (n % 12) + 1 };
    }
    case 'Phase': {
      const length = id.endYear - id.startYear + 1;
      return { type: 'Phase', startYear: id.startYear + steps * length, endYear: id.endYear + steps * length };
    }
    default: { const _x: never = id; return _x; }
  }
}

function requirePhase(phase: PhaseSpec | undefined): PhaseSpec {
  if (!phase) throw new Error('A Phase period type needs phase {startYear, lengthYears} (the definition schema enforces it).');
  return phase;
}
