// The layout shared by the template and the export, so an exported list imports back as is:
// row 1 = Vietnamese titles (bold, frozen), row 2 = field codes (hidden, read by the import),
// dates as real Excel dates shown dd/MM/yyyy, choices as their Vietnamese labels.
import type ExcelJS from 'exceljs';
import type { RegisterColumn } from './register-columns';

export const DATA_SHEET = 'Dữ liệu';
export const LIST_SHEET = 'Danh mục';
export const FIRST_DATA_ROW = 3;

export interface ExtraColumn { code: string; title: string; width: number }

export function writeHeader(ws: ExcelJS.Worksheet, columns: RegisterColumn[], extra: ExtraColumn[] = []): void {
  const titles = [...columns.map((c) => (c.required ? `${c.title} (*)` : c.title)), ...extra.map((e) => e.title)];
  const codes = [...columns.map((c) => c.code), ...extra.map((e) => e.code)];
  ws.columns = [...columns.map((c) => ({ width: Math.min(40, Math.max(12, c.title.length + 4)), style: c.kind === 'date' ? { numFmt: 'dd/mm/yyyy' } : {} })), ...extra.map((e) => ({ width: e.width }))];
  const head = ws.addRow(titles);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle' };
  const codeRow = ws.addRow(codes);
  codeRow.hidden = true;
  head.commit?.();
  codeRow.commit?.();
}

/** A record's value as a spreadsheet cell. */
export function cellOf(col: RegisterColumn, value: unknown): string | number | boolean | Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (col.options) return col.options.find((o) => String(o.value) === String(value))?.label ?? String(value);
  if (col.kind === 'date' && typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : value;
  }
  if (col.kind === 'boolean') return value === true ? 'Có' : value === false ? 'Không' : String(value);
  if (typeof value === 'number' || typeof value === 'string') return value;
  return JSON.stringify(value);
}
