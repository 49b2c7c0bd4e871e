// Turns one spreadsheet cell into the JSON value its field expects (JSON Schema types):
// numbers, civil dates written dd/MM/yyyy (or real Excel dates), choices by code or by label,
// yes/no. A cell that cannot be read gives a finding with a rule id and a Vietnamese message.
import type { RegisterColumn } from './register-columns';

export interface CellProblem { rule: string; vi: string; en: string }
export type CellResult = { value: unknown } | { problem: CellProblem };

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').trim().toLowerCase();

/** The plain value of an exceljs cell (rich text, formulas and hyperlinks unwrapped). */
export function cellValue(raw: unknown): string | number | boolean | Date | null {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof Date || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (typeof raw === 'string') return raw.trim() === '' ? null : raw.trim();
  if (typeof raw === 'object') {
    const o = raw as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(o.richText)) return cellValue(o.richText.map((r) => r.text).join(''));
    if ('result' in o) return cellValue(o.result);
    if (typeof o.text === 'string') return cellValue(o.text);
  }
  return null;
}

function isoDate(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function parseNumber(v: string | number): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const s = v.replace(/\s/g, '');
  const normal = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) ? s.replace(/\./g, '').replace(',', '.') : s.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : null;
}

const problem = (rule: string, vi: string, en: string): CellResult => ({ problem: { rule, vi, en } });

export function parseCell(col: RegisterColumn, raw: unknown): CellResult | null {
  const v = cellValue(raw);
  if (v === null) return null;
  if (col.options) {
    const text = v instanceof Date ? '' : String(v);
    const hit = col.options.find((o) => String(o.value) === text) ?? col.options.find((o) => fold(o.label) === fold(text));
    if (!hit) return problem('schema.enum', `"${text}" không có trong danh sách lựa chọn của cột.`, `"${text}" is not one of the column's choices.`);
    return { value: hit.value };
  }
  switch (col.kind) {
    case 'integer':
    case 'number': {
      const n = v instanceof Date || typeof v === 'boolean' ? null : parseNumber(v);
      if (n === null) return problem('schema.number', `"${String(v)}" không phải là số.`, `"${String(v)}" is not a number.`);
      if (col.kind === 'integer' && !Number.isInteger(n)) return problem('schema.integer', `"${String(v)}" phải là số nguyên.`, `"${String(v)}" must be a whole number.`);
      if (col.minimum !== undefined && n < col.minimum) return problem('schema.minimum', `Giá trị phải từ ${col.minimum} trở lên.`, `Must be at least ${col.minimum}.`);
      if (col.maximum !== undefined && n > col.maximum) return problem('schema.maximum', `Giá trị không được lớn hơn ${col.maximum}.`, `Must be at most ${col.maximum}.`);
      return { value: n };
    }
    case 'date': {
      if (v instanceof Date) return { value: isoDate(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()) };
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(String(v));
      const iso = m ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
      if (!iso) return problem('schema.date', `"${String(v)}" không phải ngày hợp lệ dạng dd/MM/yyyy.`, `"${String(v)}" is not a valid dd/MM/yyyy date.`);
      return { value: iso };
    }
    case 'boolean': {
      const s = fold(String(v));
      if (v === true || ['co', 'x', '1', 'true', 'yes'].includes(s)) return { value: true };
      if (v === false || ['khong', '0', 'false', 'no'].includes(s)) return { value: false };
      return problem('schema.boolean', `"${String(v)}" phải là "Có" hoặc "Không".`, `"${String(v)}" must be "Có" (yes) or "Không" (no).`);
    }
    default: {
      const s = v instanceof Date ? isoDate(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()) ?? '' : String(v);
      if (col.maxLength !== undefined && s.length > col.maxLength) return problem('schema.maxLength', `Không được dài quá ${col.maxLength} ký tự.`, `At most ${col.maxLength} characters.`);
      return { value: s };
    }
  }
}
