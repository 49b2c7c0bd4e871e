// Checks one spreadsheet row exactly as a saved record is checked: cells are read into the
// field types, required fields are enforced, then the form's own rules run (runFormRules).
// Each finding names the Excel row, the column (letter and title) and the rule.
import { runFormRules } from '@/engine/rules/form-runtime';
import type { CompiledForm } from '@/engine/rules/compile-form';
import type { CatalogLookup } from '@/engine/rules/operations';
import { parseCell } from './parse-cell';
import type { RegisterColumn } from './register-columns';

export interface RowError {
  row: number;
  column: string | null;
  columnTitle: string | null;
  field: string | null;
  rule: string;
  message: { vi: string; en: string };
}

export interface CheckedRow { row: number; data: Record<string, unknown>; errors: RowError[] }

export interface RowChecker {
  columns: RegisterColumn[];
  compiled: CompiledForm;
  catalogs: CatalogLookup;
  now: Date;
}

const textOf = (m: unknown): { vi: string; en: string } => {
  if (typeof m === 'string') return { vi: m, en: m };
  const o = (m ?? {}) as { vi?: string; en?: string };
  return { vi: o.vi ?? o.en ?? '', en: o.en ?? o.vi ?? '' };
};

/** `cells` is indexed like the columns (cells[i] belongs to columns[i]). */
export function checkRow(ck: RowChecker, rowNumber: number, cells: unknown[]): CheckedRow {
  const data: Record<string, unknown> = {};
  const errors: RowError[] = [];
  const at = (col: RegisterColumn | undefined) => ({ column: col?.letter ?? null, columnTitle: col?.title ?? null, field: col?.code ?? null });
  ck.columns.forEach((col, i) => {
    const parsed = parseCell(col, cells[i]);
    if (parsed === null) {
      if (col.required) errors.push({ row: rowNumber, ...at(col), rule: 'schema.required', message: { vi: 'Cột này bắt buộc phải có giá trị.', en: 'This column is required.' } });
      return;
    }
    if ('problem' in parsed) errors.push({ row: rowNumber, ...at(col), rule: parsed.problem.rule, message: { vi: parsed.problem.vi, en: parsed.problem.en } });
    else data[col.code] = parsed.value;
  });
  if (errors.length > 0) return { row: rowNumber, data, errors };
  const result = runFormRules(ck.compiled, data, { now: ck.now, catalogs: ck.catalogs });
  for (const issue of result.issues) {
    if (issue.severity !== 'error') continue;
    const top = issue.field.split(/[.[]/)[0];
    errors.push({ row: rowNumber, ...at(ck.columns.find((c) => c.code === top)), field: issue.field, rule: issue.ruleId, message: textOf(issue.message) });
  }
  return { row: rowNumber, data: result.data, errors };
}
