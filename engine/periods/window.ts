// Approval windows (PER-5: "the last 5 days of each month"): a calendar rule independent
// of periods, or dates relative to a period. Used by the workflow guard `withinWindow`.
import type { PeriodDefinition, WindowSpec } from '@/engine/definitions/period';
import { civilDate, civilDateOf, daysInMonth, partsOf, type CivilDate } from './civil-date';
import { resolvePeriod } from './resolve';
import { resolveOffset } from './status';

/** The window's first and last day (inclusive) that applies on `today`, or null when none does. */
export function windowOn(spec: WindowSpec, today: CivilDate, def?: PeriodDefinition, key?: string): { from: CivilDate; to: CivilDate } | null {
  const { year, month } = partsOf(today);
  const last = daysInMonth(year, month);
  switch (spec.kind) {
    case 'last-days-of-month':
      return { from: civilDate(year, month, last - spec.days + 1), to: civilDate(year, month, last) };
    case 'days-of-month':
      return { from: civilDate(year, month, Math.min(spec.fromDay, last)), to: civilDate(year, month, Math.min(spec.toDay, last)) };
    case 'period-relative': {
      const period = def && key !== undefined ? resolvePeriod(def, key) : null;
      return period ? { from: resolveOffset(period, spec.from), to: resolveOffset(period, spec.to) } : null;
    }
    default: { const _x: never = spec; return _x; }
  }
}

function isDefinition(x: WindowSpec | PeriodDefinition): x is PeriodDefinition {
  return x.kind === 'period';
}

/**
 * Whether `now` (Hanoi calendar day) is inside the approval window: of a period definition
 * (its approvalWindow; false when it has none) or of an inline spec. A period-relative
 * window needs the period key (and, inline, the definition); without them it is false.
 */
export function withinWindow(specOrDef: WindowSpec | PeriodDefinition, now: Date, key?: string, def?: PeriodDefinition): boolean {
  const owner = isDefinition(specOrDef) ? specOrDef : def;
  const spec = isDefinition(specOrDef) ? specOrDef.approvalWindow : specOrDef;
  if (!spec) return false;
  const today = civilDateOf(now);
  const window = windowOn(spec, today, owner, key);
  return window !== null && window.from <= today && today <= window.to;
}
