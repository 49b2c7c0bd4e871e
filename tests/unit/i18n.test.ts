// The two dictionaries must offer the same keys with non-empty texts and the same `{slots}`,
// and dates must be shown dd/MM/yyyy in Vietnam time whatever the machine's zone.
import { describe, expect, it } from 'vitest';
import { vi } from '../../lib/i18n/vi';
import { en } from '../../lib/i18n/en';
import { translator } from '../../lib/i18n';
import { formatDate, formatDateTime, vnToday } from '../../lib/i18n/format';

const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n dictionaries', () => {
  it('have identical keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('have non-empty texts with the same placeholders', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(vi[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(slots(en[key]), key).toEqual(slots(vi[key]));
    }
  });

  it('fills placeholders', () => {
    expect(translator('vi')('home.welcome', { name: 'Nguyễn Văn An' })).toBe('Xin chào, Nguyễn Văn An');
    expect(translator('en')('accounts.page', { page: 2, pages: 5 })).toBe('Page 2/5');
  });
});

describe('date formats', () => {
  it('shows civil dates as dd/MM/yyyy', () => {
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
    expect(formatDate(null)).toBe('');
  });

  it('shows instants in Asia/Ho_Chi_Minh', () => {
    expect(formatDateTime('2025-06-30T17:30:00Z')).toBe('01/07/2025 00:30');
    expect(formatDate('2025-06-30T17:30:00Z')).toBe('01/07/2025');
    expect(vnToday(new Date('2025-06-30T18:00:00Z'))).toBe('2025-07-01');
  });
});
