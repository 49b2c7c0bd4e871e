import { describe, expect, it } from 'vitest';
import { formatPeriodKey, nextPeriod, parsePeriodKey, periodForDate, previousPeriod, resolvePeriod, shiftPeriod } from '@/engine/periods';
import { adHoc, monthlyReview, phase, povertyReview } from './fixtures';

describe('period keys (PER-4)', () => {
  it.each(['2025', '2025S1', '2025S2', '2025Q3', '2025M03', '2025M12', '2021-2025', 'C:2025', 'C:2025-03', 'C:lu-2024'])(
    'PER-4 %s round-trips through parse and format', (key) => {
      const id = parsePeriodKey(key);
      expect(id).not.toBeNull();
      expect(formatPeriodKey(id!)).toBe(key);
    });

  it.each(['', '25', '2025Q5', '2025M13', '2025M3', '2025S3', '2025-2021', 'C:', 'C:-x', 'Q3', '0999'])('PER-4 rejects malformed key %j', (key) => {
    expect(parsePeriodKey(key)).toBeNull();
  });
});

describe('ranges and periodForDate for the calendar types (PER-4)', () => {
  it.each([
    ['Yearly', '2025-12-31', '2025', '2025-01-01', '2025-12-31'],
    ['Yearly', '2025-01-01', '2025', '2025-01-01', '2025-12-31'],
    ['SixMonthly', '2025-06-30', '2025S1', '2025-01-01', '2025-06-30'],
    ['SixMonthly', '2025-07-01', '2025S2', '2025-07-01', '2025-12-31'],
    ['Quarterly', '2025-03-31', '2025Q1', '2025-01-01', '2025-03-31'],
    ['Quarterly', '2025-09-30', '2025Q3', '2025-07-01', '2025-09-30'],
    ['Quarterly', '2025-10-01', '2025Q4', '2025-10-01', '2025-12-31'],
    ['Monthly', '2024-02-29', '2024M02', '2024-02-01', '2024-02-29'],
    ['Monthly', '2025-02-10', '2025M02', '2025-02-01', '2025-02-28'],
    ['Monthly', '2100-02-01', '2100M02', '2100-02-01', '2100-02-28'],
    ['Monthly', '2000-02-15', '2000M02', '2000-02-01', '2000-02-29'],
    ['Monthly', '2025-04-30', '2025M04', '2025-04-01', '2025-04-30'],
  ] as const)('PER-4 %s on %s is %s (%s..%s)', (type, date, key, start, end) => {
    expect(periodForDate(type, date)).toEqual({ key, start, end });
    expect(resolvePeriod(type, key)).toEqual({ key, start, end });
  });

  it.each([
    ['Monthly', '2025M12', '2026M01', '2025M11'],
    ['Monthly', '2025M01', '2025M02', '2024M12'],
    ['Quarterly', '2025Q4', '2026Q1', '2025Q3'],
    ['Quarterly', '2025Q1', '2025Q2', '2024Q4'],
    ['SixMonthly', '2025S2', '2026S1', '2025S1'],
    ['SixMonthly', '2025S1', '2025S2', '2024S2'],
    ['Yearly', '2025', '2026', '2024'],
  ] as const)('PER-4 %s: after %s comes %s, before it %s', (type, key, next, prev) => {
    expect(nextPeriod(type, key)?.key).toBe(next);
    expect(previousPeriod(type, key)?.key).toBe(prev);
  });

  it('PER-4 a key of another type is not a period of this type', () => {
    expect(resolvePeriod('Monthly', '2025Q1')).toBeNull();
    expect(nextPeriod('Yearly', '2025M01')).toBeNull();
  });
});

describe('multi-year phases (PER-4)', () => {
  it.each([
    ['2021-01-01', '2021-2025'], ['2025-12-31', '2021-2025'], ['2026-01-01', '2026-2030'], ['2020-12-31', '2016-2020'],
  ])('PER-4 the phase containing %s is %s', (date, key) => {
    expect(periodForDate(phase, date)?.key).toBe(key);
  });

  it('PER-4 phases step by their length and must be aligned with the start year', () => {
    expect(nextPeriod(phase, '2021-2025')).toEqual({ key: '2026-2030', start: '2026-01-01', end: '2030-12-31' });
    expect(previousPeriod(phase, '2021-2025')?.key).toBe('2016-2020');
    expect(resolvePeriod(phase, '2022-2026')).toBeNull();
    expect(resolvePeriod(phase, '2021-2024')).toBeNull();
  });
});

describe('campaigns (PER-3)', () => {
  it.each([
    [povertyReview, '2025-09-01', 'C:2025'], [povertyReview, '2025-12-14', 'C:2025'], [povertyReview, '2025-12-15', null], [povertyReview, '2025-08-31', null],
    [monthlyReview, '2025-03-15', 'C:2025-03'], [monthlyReview, '2025-04-14', 'C:2025-03'], [monthlyReview, '2025-04-15', 'C:2025-04'], [monthlyReview, '2025-01-05', 'C:2024-12'],
    [adHoc, '2024-10-01', 'C:lu-2024'], [adHoc, '2024-11-01', null],
  ] as const)('PER-3 campaign on %# (%s) is %s', (def, date, key) => {
    expect(periodForDate(def, date)?.key ?? null).toBe(key);
  });

  it('PER-3 recurring yearly campaign: 1 September to 14 December every year', () => {
    expect(resolvePeriod(povertyReview, 'C:2025')).toEqual({ key: 'C:2025', start: '2025-09-01', end: '2025-12-14' });
    expect(nextPeriod(povertyReview, 'C:2025')?.key).toBe('C:2026');
    expect(previousPeriod(povertyReview, 'C:2025')?.key).toBe('C:2024');
  });

  it('PER-3 monthly campaign from the 15th ends on the 14th of the next month, across the year end', () => {
    expect(resolvePeriod(monthlyReview, 'C:2025-12')).toEqual({ key: 'C:2025-12', start: '2025-12-15', end: '2026-01-14' });
    expect(nextPeriod(monthlyReview, 'C:2025-12')?.key).toBe('C:2026-01');
  });

  it('PER-3 explicit instances are ordered by start and unknown ids do not resolve', () => {
    expect(nextPeriod(adHoc, 'C:covid-2021')?.key).toBe('C:lu-2024');
    expect(nextPeriod(adHoc, 'C:lu-2024')).toBeNull();
    expect(resolvePeriod(adHoc, 'C:nope')).toBeNull();
    expect(resolvePeriod(adHoc, 'C:2024')).toBeNull();
  });
});

describe('multi-step navigation (PER-3, PER-4)', () => {
  it.each([
    ['Monthly', '2025M01', 14, '2026M03'], ['Quarterly', '2025Q1', -5, '2023Q4'], ['Yearly', '2025', -30, '1995'],
  ] as const)('PER-4 %s %s shifted by %i is %s', (type, key, steps, expected) => {
    expect(shiftPeriod(type, key, steps)?.key).toBe(expected);
  });

  it('PER-3 a yearly campaign shifts by many years', () => {
    expect(shiftPeriod(povertyReview, 'C:2025', 5)?.key).toBe('C:2030');
    expect(shiftPeriod(monthlyReview, 'C:2025-11', 3)?.key).toBe('C:2026-02');
  });
});
