// Exact merging of partial aggregates: sums and counts add, min and max compare, and an
// average is sum/count of the merged partial (never an average of averages).
import type { Partial } from './model';

export const EMPTY: Partial = { sum: 0, count: 0, min: Infinity, max: -Infinity };

export function merge(a: Partial, b: Partial): Partial {
  return { sum: a.sum + b.sum, count: a.count + b.count, min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
}

export function mergeAll(parts: Iterable<Partial>): Partial {
  let acc = EMPTY;
  for (const p of parts) acc = merge(acc, p);
  return acc;
}

/**
 * The value of a column function over a merged partial; `count` is the number of facts
 * (e.g. reporting units). To total a form's own `count` field, a column uses `sum`.
 */
export function valueOf(fn: string, p: Partial): number | null {
  if (p.count === 0) return null;
  switch (fn) {
    case 'sum': return p.sum;
    case 'count': return p.count;
    case 'avg': return p.sum / p.count;
    case 'min': return p.min;
    case 'max': return p.max;
    default: return null;
  }
}
