// Streams the first worksheet of an uploaded .xlsx (exceljs WorkbookReader: rows are read
// as they are unzipped, never the whole DOM) and maps its columns to the register's fields
// by the code row of our template, or by the Vietnamese titles when that row was removed.
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { AppError } from '../../errors';
import { cellValue } from './parse-cell';
import { Utf8WorkbookReader } from './utf8-workbook-reader';
import type { RegisterColumn } from './register-columns';

export interface SheetRow { row: number; cells: unknown[] }

const norm = (v: unknown) => String(cellValue(v) ?? '').normalize('NFC').trim().toLowerCase();
const badFile = () => new AppError('bad-request', {
  vi: 'Tệp không phải bảng tính .xlsx đọc được.', en: 'The file is not a readable .xlsx workbook.',
});

/** Where each register column sits in the sheet (1-based), from the header rows. */
function locate(columns: RegisterColumn[], titles: unknown[], codes: unknown[]): { at: number[]; codeRow: boolean } {
  const codeIndex = new Map(codes.map((v, i) => [norm(v), i] as const).filter(([k]) => k !== ''));
  const byCode = columns.map((c) => codeIndex.get(c.code.toLowerCase()) ?? -1);
  if (byCode.some((i) => i > 0)) return { at: byCode, codeRow: true };
  const titleIndex = new Map(titles.map((v, i) => [norm(v), i] as const).filter(([k]) => k !== ''));
  return { at: columns.map((c) => titleIndex.get(c.title.normalize('NFC').trim().toLowerCase()) ?? -1), codeRow: false };
}

export async function* readRegisterSheet(file: Buffer, columns: RegisterColumn[]): AsyncGenerator<SheetRow> {
  const reader = new Utf8WorkbookReader(Readable.from([file]), {
    worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'emit',
  });
  let titles: unknown[] | null = null;
  let located: { at: number[]; codeRow: boolean } | null = null;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = (row.values as unknown[]) ?? [];
        if (titles === null) { titles = values; continue; }
        if (located === null) {
          located = locate(columns, titles, values);
          if (located.at.every((i) => i < 0)) {
            throw new AppError('validation-failed', {
              vi: 'Không nhận ra cột nào của sổ trong tệp. Hãy dùng tệp mẫu tải từ hệ thống.',
              en: 'No column of the register was recognised. Use the template downloaded from the system.',
            });
          }
          if (located.codeRow) continue;
        }
        const cells = located.at.map((i) => (i > 0 ? values[i] : null));
        if (cells.every((c) => cellValue(c) === null)) continue;
        yield { row: row.number, cells };
      }
      break;
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw badFile();
  }
}
