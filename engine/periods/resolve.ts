// One entry point from (definition, key) or (definition, date) to a concrete period with
// its first and last day, for every period type. Invalid keys give null here; the status
// functions turn that into InvalidPeriodKeyError so a bad key never yields a silent answer.
import type { PeriodDefinition } from '@/engine/definitions/period';
import { calendarIdForDate, calendarRange, isAlignedPhase, shiftCalendarId, type CalendarType, type DateRange } from './calendar';
import { campaignRange, campaignsAround } from './campaign';
import type { CivilDate } from './civil-date';
import { formatPeriodKey, parsePeriodKey } from './period-key';

/** What identifies the periods of a definition (a whole PeriodDefinition fits). */
export type PeriodSpec = Pick<PeriodDefinition, 'type' | 'phase' | 'campaign'>;
export interface Period extends DateRange { key: string }

export class InvalidPeriodKeyError extends Error {
  constructor(readonly key: string, readonly type: string) {
    super(`'${key}' is not a valid ${type} period key for this definition`);
  }
}

function specOf(spec: PeriodSpec | CalendarType): PeriodSpec {
  return typeof spec === 'string' ? { type: spec } : spec;
}

/** The period with this key, or null when the key is malformed or not a period of the spec. */
export function resolvePeriod(specOrType: PeriodSpec | CalendarType, key: string): Period | null {
  const spec = specOf(specOrType);
  const id = parsePeriodKey(key);
  if (!id || id.type !== spec.type) return null;
  if (id.type === 'Campaign') return spec.campaign ? campaignRange(spec.campaign, id.id) : null;
  if (id.type === 'Phase' && !(spec.phase && isAlignedPhase(spec.phase, id))) return null;
  return { key, ...calendarRange(id) };
}

export function requirePeriod(spec: PeriodSpec, key: string): Period {
  const period = resolvePeriod(spec, key);
  if (!period) throw new InvalidPeriodKeyError(key, spec.type);
  return period;
}

/** The period containing `date`; null only for campaigns when no campaign covers the date. */
export function periodForDate(specOrType: PeriodSpec | CalendarType, date: CivilDate): Period | null {
  const spec = specOf(specOrType);
  if (spec.type === 'Campaign') {
    const all = spec.campaign ? campaignsAround(spec.campaign, date, 1) : [];
    return all.find((c) => c.start <= date && date <= c.end) ?? null;
  }
  const id = calendarIdForDate(spec.type, date, spec.phase);
  return { key: formatPeriodKey(id), ...calendarRange(id) };
}

/** The period `steps` after (negative: before) `key`, or null when there is none (campaigns) or the key is invalid. */
export function shiftPeriod(specOrType: PeriodSpec | CalendarType, key: string, steps: number): Period | null {
  const spec = specOf(specOrType);
  const current = resolvePeriod(spec, key);
  const id = parsePeriodKey(key);
  if (!current || !id) return null;
  if (id.type !== 'Campaign') {
    const shifted = shiftCalendarId(id, steps);
    return { key: formatPeriodKey(shifted), ...calendarRange(shifted) };
  }
  if (!spec.campaign) return null;
  // Enough recurring years for any step count (a yearly campaign moves one year per step).
  const span = Math.abs(steps) + 1;
  const all = campaignsAround(spec.campaign, current.start, span);
  const index = all.findIndex((c) => c.key === key);
  return all[index + steps] ?? null;
}

export const nextPeriod = (spec: PeriodSpec | CalendarType, key: string): Period | null => shiftPeriod(spec, key, 1);
export const previousPeriod = (spec: PeriodSpec | CalendarType, key: string): Period | null => shiftPeriod(spec, key, -1);

/** Periods from `back` before to `ahead` after the one containing (or, for campaigns, nearest) `date`. */
export function periodsAround(spec: PeriodSpec, date: CivilDate, back: number, ahead: number): Period[] {
  if (spec.type === 'Campaign') {
    if (!spec.campaign) return [];
    const years = Math.max(1, Math.ceil(Math.max(back, ahead) / 12) + 1);
    return campaignsAround(spec.campaign, date, years);
  }
  const centre = periodForDate(spec, date);
  const out: Period[] = [];
  for (let s = -back; s <= ahead; s++) {
    const p = centre && shiftPeriod(spec, centre.key, s);
    if (p) out.push(p);
  }
  return out;
}
