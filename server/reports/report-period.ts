// The period of a report or completeness request. The form's period definition decides
// which keys exist; a report may also ask for a coarser calendar period (a year of a
// monthly form, a phase of a yearly one: PER-4), which covers every form period inside it.
// Gives the reference date (the tree the data was entered under) and the due date.
import type { FormDefinition } from '@/engine/definitions/form';
import type { DefinitionSet } from '@/engine/definitions/definition-set';
import type { PeriodDefinition } from '@/engine/definitions/period';
import { dueDate, nextPeriod, parsePeriodKey, periodForDate, referenceDate, resolvePeriod } from '@/engine/periods';
import { calendarRange } from '@/engine/periods/calendar';
import { badRequest } from '../errors';

export interface ReportPeriod {
  key: string | null; start: string | null; end: string | null; referenceDate: string; dueDate: string | null; type: string | null;
  /** The form periods whose facts the report covers (one unless a coarser period was asked for). */
  keys: string[];
  /** Reference date of each covered period (the tree its data was entered under). */
  referenceDates: string[];
}

export function periodDefinitionOf(set: DefinitionSet, form: FormDefinition): PeriodDefinition | null {
  return form.period ? set.periods.latest(form.period) ?? null : null;
}

/** Form periods lying wholly inside the calendar period `key` (empty when none or not calendar). */
function containedKeys(def: PeriodDefinition, key: string): { start: string; end: string; keys: string[] } | null {
  const id = parsePeriodKey(key);
  if (!id || id.type === 'Campaign' || def.type === 'Campaign') return null;
  const range = calendarRange(id);
  const keys: string[] = [];
  for (let p = periodForDate(def, range.start); p && p.end <= range.end && keys.length < 1000; p = nextPeriod(def, p.key)) {
    if (p.start >= range.start) keys.push(p.key);
  }
  return keys.length ? { ...range, keys } : null;
}

/** Registers (no period) are reported as of the tree date. */
export function reportPeriod(def: PeriodDefinition | null, key: string | null | undefined, treeDate: string, allowCoarser = true): ReportPeriod {
  if (!def) return { key: null, start: null, end: null, referenceDate: treeDate, dueDate: null, type: null, keys: [], referenceDates: [treeDate] };
  const own = key ? resolvePeriod(def, key) : null;
  if (key && own) return { key, start: own.start, end: own.end, referenceDate: referenceDate(def, key), dueDate: dueDate(def, key), type: def.type, keys: [key], referenceDates: [referenceDate(def, key)] };
  const coarser = key && allowCoarser ? containedKeys(def, key) : null;
  if (key && coarser) {
    const last = coarser.keys[coarser.keys.length - 1];
    return { key, start: coarser.start, end: coarser.end, referenceDate: referenceDate(def, last), dueDate: dueDate(def, last), type: parsePeriodKey(key)?.type ?? null, keys: coarser.keys,
      referenceDates: [...new Set(coarser.keys.map((k) => referenceDate(def, k)))] };
  }
  throw badRequest({
    vi: `Tham số period phải là một kỳ hợp lệ của biểu mẫu (kỳ ${def.type}) hoặc một kỳ lớn hơn chứa trọn các kỳ đó.`,
    en: `Parameter period must be a valid ${def.type} period key of the form, or a longer calendar period containing whole ones.`,
  });
}
