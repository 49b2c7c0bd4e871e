// Period definitions shared by the period tests: the shapes the regulations ask for.
import { periodDefinitionSchema, type PeriodDefinition } from '@/engine/definitions/period';

const header = { kind: 'period', version: 1, title: { vi: 'Kỳ báo cáo', en: 'Reporting period' } } as const;

export function def(extra: Record<string, unknown>): PeriodDefinition {
  return periodDefinitionSchema.parse({ ...header, code: 'test-period', entry: { open: { from: 'start' }, close: { from: 'end' } }, due: { from: 'end' }, ...extra });
}

/** PER-2: figures as of 31/12, entry until 31/3 of the next year, locked afterwards. */
export const yearly = def({
  type: 'Yearly', domain: 'giam-ngheo',
  referenceDate: { from: 'end' },
  entry: { open: { from: 'end', days: -30 }, close: { from: 'end', months: 3 } },
  due: { from: 'end', months: 3 },
  lock: { afterClose: true, overrideRoles: ['system_admin'] },
});

/** PER-4 + PER-5: monthly, due 10 days after the month, approval in the last 5 days of the month. */
export const monthly = def({
  type: 'Monthly',
  entry: { open: { from: 'start' }, close: { from: 'end', days: 10 } },
  due: { from: 'end', days: 5 },
  approvalWindow: { kind: 'last-days-of-month', days: 5 },
});

export const quarterly = def({ type: 'Quarterly', due: { from: 'end', months: 1 } });
export const sixMonthly = def({ type: 'SixMonthly', due: { from: 'end', days: 15 } });
export const phase = def({ type: 'Phase', phase: { startYear: 2021, lengthYears: 5 }, due: { from: 'end', months: 6 } });

/** PER-3: the yearly poverty review 1/9–14/12 and the monthly review from the 15th (DOMAIN §1.3). */
export const povertyReview = def({ type: 'Campaign', campaign: { yearly: { start: '09-01', end: '12-14' } }, due: { from: 'end' } });
export const monthlyReview = def({ type: 'Campaign', campaign: { monthly: { startDay: 15, endDay: 14 } } });
export const adHoc = def({
  type: 'Campaign',
  campaign: { instances: [
    { id: 'covid-2021', start: '2021-07-01', end: '2021-08-15' },
    { id: 'lu-2024', start: '2024-09-10', end: '2024-10-31', title: { vi: 'Rà soát sau bão Yagi' } },
  ] },
});
