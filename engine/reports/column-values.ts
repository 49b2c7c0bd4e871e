// Column values of one row: field columns from merged partials with the declared function,
// then formula columns (json-logic over other columns' values) in dependency order. A
// formula with a missing input, or a division by zero, gives null: never NaN or Infinity.
import { evaluateLogic } from '@/engine/rules/evaluate';
import type { ReportColumn } from '@/engine/definitions/report';
import type { InputCell, Partial } from './model';
import { EMPTY, merge, valueOf } from './partials';

export function varsOf(logic: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(logic)) logic.forEach((l) => varsOf(l, out));
  else if (typeof logic === 'object' && logic !== null) {
    for (const [op, v] of Object.entries(logic)) {
      const name = Array.isArray(v) ? v[0] : v;
      if (op === 'var' && typeof name === 'string') out.add(name);
      else varsOf(v, out);
    }
  }
  return out;
}

/** Merged partial per field column over the given cells (indexed by field first: rows × columns stays linear). */
export function fieldPartials(columns: ReportColumn[], primaryForm: string, cells: InputCell[]): Map<string, Partial> {
  const byField = new Map<string, InputCell[]>();
  for (const cell of cells) {
    const list = byField.get(cell.field);
    if (list) list.push(cell);
    else byField.set(cell.field, [cell]);
  }
  const out = new Map<string, Partial>();
  for (const c of columns) {
    if ('formula' in c.value) continue;
    const v = c.value;
    const form = v.form ?? primaryForm;
    let acc = EMPTY;
    for (const cell of byField.get(v.field) ?? []) {
      if (cell.form !== form || (v.category !== undefined && cell.category !== v.category)) continue;
      acc = merge(acc, cell);
    }
    out.set(c.key, acc);
  }
  return out;
}

export function columnValues(columns: ReportColumn[], partials: Map<string, Partial>): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (const c of columns) if (!('formula' in c.value)) values[c.key] = valueOf(c.value.fn, partials.get(c.key) ?? EMPTY);
  const pending = columns.filter((c) => 'formula' in c.value);
  for (let pass = 0; pass <= pending.length && pending.some((c) => !(c.key in values)); pass++) {
    for (const c of pending) {
      if (c.key in values || !('formula' in c.value)) continue;
      const deps = [...varsOf(c.value.formula)];
      if (deps.some((d) => !(d in values))) continue;
      if (deps.some((d) => values[d] === null)) { values[c.key] = null; continue; }
      const r = Number(evaluateLogic(c.value.formula, values));
      values[c.key] = Number.isFinite(r) ? r : null;
    }
  }
  for (const c of pending) if (!(c.key in values)) values[c.key] = null;
  return values;
}
