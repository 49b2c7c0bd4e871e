// Numeric facts of one submission, from the form's `aggregate` declaration: what the
// server writes to the fact table so reports sum live data up the unit tree without
// re-reading submissions. Repeated rows combine per category with the declared function.
import type { AggregateFn, FormDefinition } from '@/engine/definitions/form';
import { instancesOf, splitPath } from './instances';

export interface Fact { field: string; category: string | null; value: number }

const numeric = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function combine(fn: Exclude<AggregateFn, 'none'>, values: number[]): number {
  switch (fn) {
    case 'sum': return values.reduce((a, b) => a + b, 0);
    case 'avg': return values.reduce((a, b) => a + b, 0) / values.length;
    case 'min': return Math.min(...values);
    case 'max': return Math.max(...values);
    case 'count': return values.length;
  }
}

export function extractFacts(form: FormDefinition, data: unknown): Fact[] {
  const root = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const facts: Fact[] = [];
  for (const spec of form.aggregate ?? []) {
    const fn = spec.fn;
    if (fn === 'none') continue;
    const byKey = spec.by?.split('.').at(-1);
    const groups = new Map<string | null, number[]>();
    for (const inst of instancesOf(splitPath(spec.field), root, false)) {
      const raw = inst.container[inst.key];
      const value = fn === 'count' ? (raw === undefined || raw === null || raw === '' ? null : 1) : numeric(raw);
      if (value === null) continue;
      const cat = byKey && inst.row ? inst.row[byKey] : null;
      const category = typeof cat === 'string' || typeof cat === 'number' ? String(cat) : null;
      if (spec.by !== undefined && category === null) continue;
      groups.set(category, [...(groups.get(category) ?? []), value]);
    }
    for (const [category, values] of groups) facts.push({ field: spec.field, category, value: fn === 'count' ? values.length : combine(fn, values) });
  }
  return facts;
}
