import { describe, expect, it } from 'vitest';
import type { Actor } from '@/engine/access/actor';
import {
  InvalidPeriodKeyError, addMonths, civilDateOf, deadlineInfo, dueDate, entryWindow, isLocked, isOpenForEntry,
  openPeriods, referenceDate, timeliness, withinWindow,
} from '@/engine/periods';
import { def, monthly, monthlyReview, povertyReview, quarterly, yearly } from './fixtures';

const unit = { id: 'vn', code: 'VN', level: 'country', ancestorIds: [] };
const actor = (role: Actor['grants'][number]['role'], domain: string | null = null): Actor =>
  ({ accountId: 'a1', username: 'u', kind: 'person', homeUnit: unit, grants: [{ role, unit, domain }] });

describe('civil dates in Asia/Ho_Chi_Minh (UTC+7, no DST)', () => {
  it.each([
    ['2025-03-31T17:30:00Z', '2025-04-01'], ['2025-03-31T16:59:59Z', '2025-03-31'], ['2024-12-31T17:00:00Z', '2025-01-01'],
    ['2024-02-28T17:00:00Z', '2024-02-29'], ['2025-07-15T05:00:00Z', '2025-07-15'], ['2025-01-15T05:00:00Z', '2025-01-15'],
  ])('instant %s is %s in Hanoi', (instant, date) => {
    expect(civilDateOf(new Date(instant))).toBe(date);
  });

  it.each([
    ['2024-12-31', 3, '2025-03-31'], ['2024-11-30', 3, '2025-02-28'], ['2023-11-30', 3, '2024-02-29'], ['2025-09-30', 3, '2025-12-31'],
    ['2025-01-31', 1, '2025-02-28'], ['2024-01-31', 1, '2024-02-29'], ['2099-11-30', 3, '2100-02-28'], ['2025-01-15', -1, '2024-12-15'],
    ['2024-02-29', 12, '2025-02-28'], ['2025-02-28', 12, '2026-02-28'],
  ] as const)('PER-2 month arithmetic: %s + %i months = %s (month-end rule)', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });
});

describe('yearly period: reference date, due date, entry window, lock (PER-2)', () => {
  it('PER-2 figures as of 31/12 and due 31/3 of the next year', () => {
    expect(referenceDate(yearly, '2025')).toBe('2025-12-31');
    expect(dueDate(yearly, '2025')).toBe('2026-03-31');
    expect(entryWindow(yearly, '2025')).toEqual({ open: '2025-12-01', close: '2026-03-31' });
  });

  it.each([
    ['2026-03-31T16:59:59Z', 'on-time'], ['2026-03-31T17:00:00Z', 'late'], ['2025-12-20T00:00:00Z', 'on-time'], ['2026-04-02T00:00:00Z', 'late'],
  ] as const)('PER-2 submitted at %s is %s', (at, expected) => {
    expect(timeliness(yearly, '2025', new Date(at))).toBe(expected);
  });

  it.each([
    ['2025-11-30T16:59:59Z', false, false], ['2025-11-30T17:00:00Z', true, false], ['2026-03-31T16:00:00Z', true, false],
    ['2026-03-31T17:00:00Z', false, true], ['2027-01-01T00:00:00Z', false, true],
  ] as const)('PER-2 at %s open=%s locked=%s (separate notions)', (at, open, locked) => {
    expect(isOpenForEntry(yearly, '2025', new Date(at))).toBe(open);
    expect(isLocked(yearly, '2025', new Date(at))).toBe(locked);
  });

  it('PER-2 a lock-override role (in the domain) unlocks after close; others stay locked', () => {
    const after = new Date('2026-05-01T00:00:00Z');
    expect(isLocked(yearly, '2025', after, actor('system_admin'))).toBe(false);
    expect(isLocked(yearly, '2025', after, actor('system_admin', 'giam-ngheo'))).toBe(false);
    expect(isLocked(yearly, '2025', after, actor('system_admin', 'noi-vu'))).toBe(true);
    expect(isLocked(yearly, '2025', after, actor('approver'))).toBe(true);
  });

  it('PER-2 without a lock rule nothing is ever locked', () => {
    expect(isLocked(monthly, '2020M01', new Date('2026-01-01T00:00:00Z'))).toBe(false);
  });

  it.each([
    ['2026-03-28T03:00:00Z', 3, false], ['2026-03-31T03:00:00Z', 0, false], ['2026-03-31T17:00:00Z', -1, true], ['2026-01-01T00:00:00Z', 89, false],
  ] as const)('PER-2 deadline seen at %s: %i days left, overdue=%s', (at, daysLeft, overdue) => {
    expect(deadlineInfo(yearly, '2025', new Date(at))).toEqual({ due: '2026-03-31', daysLeft, overdue });
  });

  it('PER-2 an invalid key for the definition is an error, never a silent answer', () => {
    expect(() => dueDate(yearly, '2025M01')).toThrow(InvalidPeriodKeyError);
  });
});

describe('due dates on quarter and month ends (PER-4)', () => {
  it.each([
    [quarterly, '2025Q3', '2025-10-31'], [quarterly, '2025Q4', '2026-01-31'], [quarterly, '2024Q4', '2025-01-31'],
    [monthly, '2024M02', '2024-03-05'], [monthly, '2025M12', '2026-01-05'],
    [def({ type: 'Monthly', due: { from: 'end', months: 3 } }), '2024M11', '2025-02-28'],
    [def({ type: 'Monthly', due: { from: 'end', months: 3 } }), '2023M11', '2024-02-29'],
    [povertyReview, 'C:2025', '2025-12-14'],
  ] as const)('PER-4 due date of %#: %s is %s', (d, key, due) => {
    expect(dueDate(d, key)).toBe(due);
  });
});

describe('openPeriods (PER-1)', () => {
  it.each([
    [monthly, '2025-03-05T03:00:00Z', ['2025M02', '2025M03']],
    [monthly, '2025-03-10T17:00:00Z', ['2025M03']],
    [yearly, '2026-02-01T00:00:00Z', ['2025']],
    [yearly, '2025-12-15T00:00:00Z', ['2025']],
    [povertyReview, '2025-10-01T00:00:00Z', ['C:2025']],
    [povertyReview, '2025-12-14T16:59:00Z', ['C:2025']],
    [povertyReview, '2025-12-14T17:00:00Z', []],
    [monthlyReview, '2025-04-20T00:00:00Z', ['C:2025-04']],
  ] as const)('PER-1 open periods %# at %s', (d, at, keys) => {
    expect(openPeriods(d, new Date(at))).toEqual(keys);
  });
});

describe('approval windows (PER-5)', () => {
  it.each([
    ['2025-02-22T17:00:00Z', false], ['2025-02-23T17:00:00Z', true], ['2025-02-28T16:59:59Z', true], ['2025-02-28T17:00:00Z', false],
    ['2024-02-24T17:00:00Z', true], ['2024-02-24T16:59:59Z', false], ['2025-03-27T00:00:00Z', true], ['2025-04-26T00:00:00Z', true], ['2025-04-25T12:00:00Z', false],
  ] as const)('PER-5 last 5 days of the month: at %s within=%s', (at, expected) => {
    expect(withinWindow(monthly, new Date(at))).toBe(expected);
    expect(withinWindow({ kind: 'last-days-of-month', days: 5 }, new Date(at))).toBe(expected);
  });

  it('PER-5 days-of-month clamps to short months; period-relative windows need the key', () => {
    const spec = { kind: 'days-of-month', fromDay: 25, toDay: 31 } as const;
    expect(withinWindow(spec, new Date('2025-02-28T03:00:00Z'))).toBe(true);
    const rel = def({ type: 'Quarterly', approvalWindow: { kind: 'period-relative', from: { from: 'end', days: -9 }, to: { from: 'end' } } });
    expect(withinWindow(rel, new Date('2025-09-25T03:00:00Z'), '2025Q3')).toBe(true);
    expect(withinWindow(rel, new Date('2025-09-20T03:00:00Z'), '2025Q3')).toBe(false);
    expect(withinWindow(rel, new Date('2025-09-25T03:00:00Z'))).toBe(false);
    expect(withinWindow(yearly, new Date('2025-09-25T03:00:00Z'), '2025')).toBe(false);
  });
});
