// Campaign periods (PER-3): collections on explicit dates, either recurring (the same
// dates every year, e.g. 09-01..12-14, or every month from the 15th) or one-off instances.
// Recurring keys are C:<YYYY> and C:<YYYY-MM>; instances keep their own id.
import type { CampaignSpec } from '@/engine/definitions/period';
import { addMonths, civilDate, daysInMonth, partsOf, type CivilDate } from './civil-date';
import type { DateRange } from './calendar';

export interface CampaignPeriod extends DateRange { key: string }

const YEAR_ID = /^(\d{4})$/;
const MONTH_ID = /^(\d{4})-(0[1-9]|1[0-2])$/;

function dayIn(year: number, month: number, day: number): CivilDate {
  return civilDate(year, month, Math.min(day, daysInMonth(year, month)));
}

function yearly(spec: NonNullable<CampaignSpec['yearly']>, year: number): CampaignPeriod {
  const endYear = spec.end < spec.start ? year + 1 : year;
  return { key: `C:${year}`, start: `${year}-${spec.start}`, end: `${endYear}-${spec.end}` };
}

function monthly(spec: NonNullable<CampaignSpec['monthly']>, year: number, month: number): CampaignPeriod {
  const start = dayIn(year, month, spec.startDay);
  const endMonth = spec.endDay < spec.startDay ? partsOf(addMonths(civilDate(year, month, 1), 1)) : { year, month };
  return { key: `C:${year}-${String(month).padStart(2, '0')}`, start, end: dayIn(endMonth.year, endMonth.month, spec.endDay) };
}

/** The dates of campaign `id` (without the 'C:' prefix), or null when the spec has no such campaign. */
export function campaignRange(spec: CampaignSpec, id: string): CampaignPeriod | null {
  const instance = spec.instances?.find((i) => i.id === id);
  if (instance) return { key: `C:${id}`, start: instance.start, end: instance.end };
  const y = YEAR_ID.exec(id);
  if (y && spec.yearly) return yearly(spec.yearly, Number(y[1]));
  const m = MONTH_ID.exec(id);
  if (m && spec.monthly) return monthly(spec.monthly, Number(m[1]), Number(m[2]));
  return null;
}

/** Every explicit instance plus the recurring campaigns of the years centre ± `years`, by start then key. */
export function campaignsAround(spec: CampaignSpec, centre: CivilDate, years: number): CampaignPeriod[] {
  const { year } = partsOf(centre);
  const out: CampaignPeriod[] = (spec.instances ?? []).map((i) => ({ key: `C:${i.id}`, start: i.start, end: i.end }));
  for (let y = year - years; y <= year + years; y++) {
    if (spec.yearly) out.push(yearly(spec.yearly, y));
    if (spec.monthly) for (let mo = 1; mo <= 12; mo++) out.push(monthly(spec.monthly, y, mo));
  }
  return out.sort((a, b) => (a.start === b.start ? (a.key < b.key ? -1 : 1) : a.start < b.start ? -1 : 1));
}
