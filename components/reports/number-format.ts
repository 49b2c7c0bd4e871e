// Vietnamese number formatting for report cells: thousands with dots (1.234.567), decimals and
// percentages with a comma (12,5%), empty for "no data". Shared by the table and the charts.
import type { ModelColumn } from './types';

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

export function formatNumber(value: number | null | undefined, format: ModelColumn['format'] = 'integer'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  switch (format) {
    case 'percent': return `${decimal.format(value)}%`;
    case 'decimal': return decimal.format(value);
    case 'vnd':
    case 'integer': return integer.format(Math.round(value));
    default: return String(value);
  }
}

/** A rate for display and bars: clamped to 0–100 (the API never exceeds it; the bar must not either). */
export function clampRate(rate: number | null | undefined): number {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return 0;
  return Math.max(0, Math.min(100, rate));
}
