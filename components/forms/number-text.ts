// What a number field's text means, for the light number input (deferred-input): digits,
// a leading '-' and the browser's decimal separator (',' in Vietnamese, as RJSF shows
// decimals), anything else refused as InputNumber does; arrow-key steps; min/max on blur.
import { getDecimalSeparator } from '@rjsf/utils';

export type Parsed = number | null | 'partial' | 'invalid';
export interface Bounds { min?: number; max?: number }

let separator: string | undefined;
/** Read once (RJSF's NumberField built an Intl.NumberFormat per field per render for it). */
export const decimalSeparator = () => (separator ??= getDecimalSeparator());

const COMPLETE = /^\s*-?(\d+\.?\d*|\.\d+)\s*$/;
const PARTIAL = /^\s*-?\.?\s*$/;

/** '' → null, '12,5' → 12.5 (sep ','), '-' → 'partial' (keep typing), '12a' → 'invalid'. */
export function parseNumber(text: string, sep = decimalSeparator()): Parsed {
  if (text.trim() === '') return null;
  if (sep !== '.' && text.includes('.')) return 'invalid';
  const t = sep === '.' ? text : text.replace(sep, '.');
  if (PARTIAL.test(t)) return 'partial';
  if (!COMPLETE.test(t)) return 'invalid';
  const n = Number(t.trim().replace(/\.$/, ''));
  return Number.isFinite(n) ? n : 'invalid';
}

export function formatNumber(v: unknown, sep = decimalSeparator()): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v).replace('.', sep) : '';
  return typeof v === 'string' ? v : '';
}

export function clampNumber(n: number, { min, max }: Bounds): number {
  if (min !== undefined && n < min) return min;
  if (max !== undefined && n > max) return max;
  return n;
}

/** One arrow-key step from the current value (an empty field starts at min or 0). */
export function stepNumber(current: unknown, direction: 1 | -1, step: number, bounds: Bounds): number {
  if (typeof current !== 'number') return clampNumber(bounds.min ?? 0, bounds);
  const decimals = Math.max((String(step).split('.')[1] ?? '').length, (String(current).split('.')[1] ?? '').length);
  return clampNumber(Number((current + direction * step).toFixed(decimals)), bounds);
}
