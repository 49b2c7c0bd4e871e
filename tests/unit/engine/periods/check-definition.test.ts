import { describe, expect, it } from 'vitest';
import { pointerOf } from '@/engine/core/issue';
import { checkPeriodDefinition, periodDefinitionSchema } from '@/engine/definitions/period';

const base = { kind: 'period', code: 'p', version: 1, title: { vi: 'Kỳ' }, entry: { open: { from: 'start' }, close: { from: 'end' } }, due: { from: 'end' } };

function issuesOf(extra: Record<string, unknown>): { pointer: string; message: string }[] {
  const parsed = periodDefinitionSchema.safeParse({ ...base, ...extra });
  if (!parsed.success) return parsed.error.issues.map((i) => ({ pointer: pointerOf(i.path), message: i.message }));
  return checkPeriodDefinition(parsed.data);
}

describe('checkPeriodDefinition (PER-1, PER-2, PER-3, PER-5)', () => {
  it.each([
    ['yearly PER-2 definition', { type: 'Yearly', due: { from: 'end', months: 3 }, entry: { open: { from: 'start' }, close: { from: 'end', months: 3 } } }],
    ['monthly with last-5-days window (PER-5)', { type: 'Monthly', approvalWindow: { kind: 'last-days-of-month', days: 5 } }],
    ['phase 2021-2025', { type: 'Phase', phase: { startYear: 2021, lengthYears: 5 } }],
    ['yearly campaign 09-01..12-14 (PER-3)', { type: 'Campaign', campaign: { yearly: { start: '09-01', end: '12-14' } } }],
    ['quarter window inside the quarter', { type: 'Quarterly', approvalWindow: { kind: 'period-relative', from: { from: 'end', days: -4 }, to: { from: 'end', days: 5 } }, entry: { open: { from: 'start' }, close: { from: 'end', days: 10 } } }],
  ])('PER-1 accepts %s', (_name, extra) => {
    expect(issuesOf(extra)).toEqual([]);
  });

  it.each([
    ['due before end', { type: 'Yearly', due: { from: 'end', days: -1 } }, '/due'],
    ['due before end in 31-day months only', { type: 'Monthly', due: { from: 'start', days: 29 } }, '/due'],
    ['close before open', { type: 'Monthly', entry: { open: { from: 'end' }, close: { from: 'start' } } }, '/entry/close'],
    ['window starting before the period', { type: 'Monthly', approvalWindow: { kind: 'period-relative', from: { from: 'start', days: -1 }, to: { from: 'end' } } }, '/approvalWindow/from'],
    ['window ending after end and close', { type: 'Monthly', approvalWindow: { kind: 'period-relative', from: { from: 'start' }, to: { from: 'end', days: 1 } } }, '/approvalWindow/to'],
    ['window ending before it starts', { type: 'Monthly', approvalWindow: { kind: 'period-relative', from: { from: 'end' }, to: { from: 'start' } } }, '/approvalWindow/to'],
    ['days-of-month reversed', { type: 'Monthly', approvalWindow: { kind: 'days-of-month', fromDay: 25, toDay: 20 } }, '/approvalWindow/toDay'],
    ['phase without phase spec', { type: 'Phase' }, '/phase'],
    ['phase spec on a monthly type', { type: 'Monthly', phase: { startYear: 2021, lengthYears: 5 } }, '/phase'],
    ['campaign without dates', { type: 'Campaign' }, '/campaign'],
    ['empty campaign', { type: 'Campaign', campaign: {} }, '/campaign'],
    ['campaign 02-29 yearly', { type: 'Campaign', campaign: { yearly: { start: '02-29', end: '03-31' } } }, '/campaign/yearly/start'],
    ['instance end before start', { type: 'Campaign', campaign: { instances: [{ id: 'a', start: '2025-05-02', end: '2025-05-01' }] } }, '/campaign/instances/0/end'],
    ['duplicate instance id', { type: 'Campaign', campaign: { instances: [{ id: 'a', start: '2025-05-01', end: '2025-05-02' }, { id: 'a', start: '2025-06-01', end: '2025-06-02' }] } }, '/campaign/instances/1/id'],
    ['instance id colliding with recurring keys', { type: 'Campaign', campaign: { yearly: { start: '09-01', end: '12-14' }, instances: [{ id: '2025', start: '2025-05-01', end: '2025-05-02' }] } }, '/campaign/instances/0/id'],
    ['invalid instance date', { type: 'Campaign', campaign: { instances: [{ id: 'a', start: '2025-02-30', end: '2025-03-02' }] } }, '/campaign/instances/0/start'],
    ['unknown type', { type: 'Weekly' }, '/type'],
    ['unknown field', { type: 'Yearly', expiryDays: 3 }, ''],
  ])('PER-1 refuses %s with a pointer', (_name, extra, pointer) => {
    const issues = issuesOf(extra);
    expect(issues.map((i) => i.pointer)).toContain(pointer);
    expect(issues.every((i) => i.message.length > 0)).toBe(true);
  });
});
