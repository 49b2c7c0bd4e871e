// The one registry of custom json-logic operations. The loader checks names, arity and
// literal argument types against it, the docs list it, and the evaluator installs it, so
// the editor, the import check and the runtime can never disagree about an operation.
import { dateAdd, dateDiff, periodKey, type DateUnit } from './dates';
import { workdaysAdd } from './workdays';

export type ArgType = 'any' | 'number' | 'string' | 'date' | 'array' | 'date-unit' | 'period-type';
export interface Text { vi: string; en: string }

/** Catalog lookups for catalog_has / catalog_name / catalog_attr, built from the loaded definition set. */
export interface CatalogLookup {
  has(catalog: string, code: string, onDate: string | null): boolean;
  name(catalog: string, code: string, lang: 'vi' | 'en'): string | null;
  /** An item's attribute (string, number, boolean or null); null when the item or attribute is absent. */
  attr(catalog: string, code: string, attr: string): string | number | boolean | null;
}

export interface OperationSpec {
  name: string;
  description: Text;
  /** Declared argument types, in order; arguments past `minArgs` are optional. */
  args: ArgType[];
  minArgs: number;
  returns: ArgType | 'boolean';
  evaluate: (args: unknown[], catalogs: CatalogLookup | null) => unknown;
}

const numberOf = (v: unknown): number | null => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '') { const n = Number(v); return Number.isFinite(n) ? n : null; }
  return null;
};
const pick = (row: unknown, prop: unknown): unknown =>
  typeof prop === 'string' && prop !== '' && row !== null && typeof row === 'object' ? (row as Record<string, unknown>)[prop] : row;
const isBlank = (v: unknown) => v === null || v === undefined || v === '';
/** Whether the non-blank values (of the property, per row) are pairwise distinct; numbers and their text count as equal. */
const allDistinct = (arr: unknown, prop: unknown): boolean => {
  if (!Array.isArray(arr)) return true;
  const seen = new Set<string>();
  for (const row of arr) {
    const v = pick(row, prop);
    if (isBlank(v)) continue;
    const key = typeof v === 'object' ? JSON.stringify(v) : String(v).trim();
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
};

export const OPERATIONS: readonly OperationSpec[] = [
  { name: 'date_add', args: ['date', 'number', 'date-unit'], minArgs: 3, returns: 'date',
    description: { vi: 'Cộng n ngày/tháng/năm vào một ngày (YYYY-MM-DD); trả về null nếu ngày không hợp lệ.', en: 'Adds n days/months/years to a date (YYYY-MM-DD); null when the date is invalid.' },
    evaluate: ([d, n, u]) => dateAdd(d, numberOf(n), u as DateUnit) },
  { name: 'date_diff', args: ['date', 'date', 'date-unit'], minArgs: 3, returns: 'number',
    description: { vi: 'Số ngày/tháng/năm trọn vẹn từ ngày thứ nhất đến ngày thứ hai (âm nếu ngược lại).', en: 'Whole days/months/years from the first date to the second (negative when earlier).' },
    evaluate: ([a, b, u]) => dateDiff(a, b, u as DateUnit) },
  { name: 'sum_of', args: ['array', 'string'], minArgs: 1, returns: 'number',
    description: { vi: 'Tổng các giá trị số của mảng, hoặc của thuộc tính đã nêu trên từng dòng; bỏ qua ô trống.', en: 'Sum of the numeric values of an array, or of the named property of each row; blanks ignored.' },
    evaluate: ([arr, prop]) => Array.isArray(arr) ? arr.reduce((s: number, r) => s + (numberOf(pick(r, prop)) ?? 0), 0) : 0 },
  { name: 'count_of', args: ['array', 'string'], minArgs: 1, returns: 'number',
    description: { vi: 'Số dòng của mảng, hoặc số dòng có thuộc tính đã nêu không để trống.', en: 'Number of rows, or of rows whose named property is not blank.' },
    evaluate: ([arr, prop]) => Array.isArray(arr) ? (prop === undefined ? arr.length : arr.filter((r) => !isBlank(pick(r, prop))).length) : 0 },
  { name: 'round', args: ['number', 'number'], minArgs: 1, returns: 'number',
    description: { vi: 'Làm tròn đến số chữ số thập phân đã cho (mặc định 0), nửa làm tròn ra xa số 0.', en: 'Rounds to the given number of decimals (default 0), halves away from zero.' },
    evaluate: ([v, digits]) => {
      const n = numberOf(v); if (n === null) return null;
      const f = 10 ** Math.max(0, Math.min(10, Math.trunc(numberOf(digits) ?? 0)));
      return (Math.sign(n) * Math.round(Math.abs(n) * f + 1e-9)) / f;
    } },
  { name: 'catalog_has', args: ['string', 'string', 'date'], minArgs: 2, returns: 'boolean',
    description: { vi: 'Mã có trong danh mục không (và còn hiệu lực vào ngày đã nêu, nếu có).', en: 'Whether the code is in the catalog (and valid on the given date, if any).' },
    evaluate: ([c, code, on], cat) => cat !== null && typeof c === 'string' && typeof code === 'string' && cat.has(c, code, typeof on === 'string' ? on : null) },
  { name: 'catalog_name', args: ['string', 'string', 'string'], minArgs: 2, returns: 'string',
    description: { vi: 'Tên của mã trong danh mục (ngôn ngữ "vi" mặc định hoặc "en"); null nếu không có.', en: 'Name of a catalog code (language "vi" by default, or "en"); null when absent.' },
    evaluate: ([c, code, lang], cat) => cat !== null && typeof c === 'string' && typeof code === 'string' ? cat.name(c, code, lang === 'en' ? 'en' : 'vi') : null },
  { name: 'catalog_attr', args: ['string', 'string', 'string'], minArgs: 3, returns: 'any',
    description: { vi: 'Thuộc tính (attrs) của một mục danh mục, ví dụ ngưỡng của một phiên bản chuẩn; null nếu không có.', en: "An attribute (attrs) of a catalog item, e.g. a threshold of one version of a standard; null when absent." },
    evaluate: ([c, code, a], cat) => cat !== null && typeof c === 'string' && typeof code === 'string' && typeof a === 'string' ? cat.attr(c, code, a) : null },
  { name: 'unique_of', args: ['array', 'string'], minArgs: 1, returns: 'boolean',
    description: { vi: 'Đúng khi các giá trị không trống của mảng (hoặc của thuộc tính đã nêu trên từng dòng) không trùng nhau.', en: 'True when the non-blank values of the array (or of the named property of each row) are all different.' },
    evaluate: ([arr, prop]) => allDistinct(arr, prop) },
  { name: 'upper', args: ['string'], minArgs: 1, returns: 'string',
    description: { vi: 'Chữ in hoa theo tiếng Việt (giữ dấu); null nếu không phải chuỗi.', en: 'Upper case by Vietnamese rules (diacritics kept); null when not text.' },
    evaluate: ([t]) => (typeof t === 'string' ? t.toLocaleUpperCase('vi') : null) },
  { name: 'workdays_add', args: ['date', 'number', 'string'], minArgs: 2, returns: 'date',
    description: { vi: 'Cộng n ngày làm việc (thứ Hai–thứ Sáu) vào một ngày, bỏ qua các ngày nghỉ là mã (YYYY-MM-DD) của danh mục đã nêu, nếu có.', en: 'Adds n working days (Monday–Friday) to a date, skipping the holidays listed as codes (YYYY-MM-DD) of the named catalog, if any.' },
    evaluate: ([d, n, holidays], cat) => workdaysAdd(d, numberOf(n), typeof holidays === 'string' && cat !== null ? (day) => cat.has(holidays, day, null) : undefined) },
  { name: 'period_key', args: ['date', 'period-type'], minArgs: 2, returns: 'string',
    description: { vi: 'Khóa kỳ chứa ngày đã cho: Yearly "2025", SixMonthly "2025S1", Quarterly "2025Q3", Monthly "2025M03".', en: 'Key of the period containing the date: Yearly "2025", SixMonthly "2025S1", Quarterly "2025Q3", Monthly "2025M03".' },
    evaluate: ([d, t]) => periodKey(d, t) },
];

export const OPERATION_BY_NAME: ReadonlyMap<string, OperationSpec> = new Map(OPERATIONS.map((o) => [o.name, o]));
export const DATE_UNITS = ['day', 'month', 'year'] as const;
export const PERIOD_TYPES = ['Yearly', 'SixMonthly', 'Quarterly', 'Monthly'] as const;

// Catalog lookups are scoped to one synchronous evaluation; json-logic-js gives custom
// operations only their arguments, so the active lookup is held here for that call.
let activeCatalogs: CatalogLookup | null = null;
export function withCatalogs<T>(catalogs: CatalogLookup | null, run: () => T): T {
  const previous = activeCatalogs;
  activeCatalogs = catalogs;
  try { return run(); } finally { activeCatalogs = previous; }
}

interface JsonLogicLike { add_operation(name: string, code: (...args: unknown[]) => unknown): void }
const installed = new WeakSet<object>();
/** Adds the registry's operations under their own names; built-ins are never replaced. */
export function installOperations(target: JsonLogicLike): void {
  if (installed.has(target)) return;
  installed.add(target);
  for (const op of OPERATIONS) target.add_operation(op.name, (...args: unknown[]) => op.evaluate(args, activeCatalogs));
}
