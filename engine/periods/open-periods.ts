// Which periods accept data entry today: the list a data-entry user picks from. Whether
// the user's unit enters the form at all is the form's business (enteredAt), not this one.
import type { PeriodDefinition } from '@/engine/definitions/period';
import { civilDateOf } from './civil-date';
import { periodsAround } from './resolve';
import { entryWindow } from './status';

export interface OpenPeriodsOptions {
  /** How many periods before the current one to consider (default 36: covers late closes). */
  lookBack?: number;
  /** How many periods after the current one to consider (default 12: early opens). */
  lookAhead?: number;
}

/** Keys of the periods open for entry on `now`'s Hanoi calendar day, oldest first. */
export function openPeriods(def: PeriodDefinition, now: Date, opts: OpenPeriodsOptions = {}): string[] {
  const today = civilDateOf(now);
  return periodsAround(def, today, opts.lookBack ?? 36, opts.lookAhead ?? 12)
    .filter((p) => {
      const { open, close } = entryWindow(def, p.key);
      return open <= today && today <= close;
    })
    .map((p) => p.key);
}
