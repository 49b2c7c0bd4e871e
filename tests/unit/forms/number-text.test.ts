// The light number input reads text as antd's InputNumber did (digits, '-', the browser's
// decimal separator; letters refused) and steps and clamps the same way.
import { describe, expect, it } from 'vitest';
import { clampNumber, formatNumber, parseNumber, stepNumber } from '@/components/forms/number-text';

describe('parseNumber', () => {
  it('reads whole and decimal numbers with the given separator', () => {
    expect(parseNumber('120', '.')).toBe(120);
    expect(parseNumber(' -7 ', '.')).toBe(-7);
    expect(parseNumber('12.5', '.')).toBe(12.5);
    expect(parseNumber('12,5', ',')).toBe(12.5);
    expect(parseNumber('12,', ',')).toBe(12);
  });

  it('treats an empty field as no value and a lone sign or separator as unfinished', () => {
    expect(parseNumber('', ',')).toBeNull();
    expect(parseNumber('-', ',')).toBe('partial');
    expect(parseNumber(',', ',')).toBe('partial');
  });

  it('refuses letters and the other separator (no silent 1.000 → 1 in Vietnamese)', () => {
    expect(parseNumber('12a', '.')).toBe('invalid');
    expect(parseNumber('1.000', ',')).toBe('invalid');
    expect(parseNumber('1,5', '.')).toBe('invalid');
  });
});

describe('formatNumber', () => {
  it('shows decimals with the separator and nothing for no value', () => {
    expect(formatNumber(12.5, ',')).toBe('12,5');
    expect(formatNumber(3, '.')).toBe('3');
    expect(formatNumber(undefined, ',')).toBe('');
  });
});

describe('stepping and bounds', () => {
  it('steps by the schema step within min and max', () => {
    expect(stepNumber(4, 1, 1, {})).toBe(5);
    expect(stepNumber(0, -1, 1, { min: 0 })).toBe(0);
    expect(stepNumber(0.1, 1, 0.2, {})).toBe(0.3);
    expect(stepNumber(undefined, 1, 1, { min: 2 })).toBe(2);
  });

  it('clamps a typed value into range', () => {
    expect(clampNumber(-5, { min: 0 })).toBe(0);
    expect(clampNumber(2000, { max: 1000 })).toBe(1000);
    expect(clampNumber(7, { min: 0, max: 10 })).toBe(7);
  });
});
