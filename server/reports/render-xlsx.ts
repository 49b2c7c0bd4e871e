// The report as an .xlsx in the layout of Vietnamese templates: title block, merged header
// cells, a numbering row with the printed formulas, frozen header, values (formulas are
// kept as computed values), number formats, notes and signature lines (RPT-1). It prints
// as an official would file it: A4 landscape fit to width, header rows repeated on every
// page, Times New Roman (the font of administrative documents), "Trang X/Y" in the footer.
import ExcelJS from 'exceljs';
import type { ReportResult } from './get-report';
import { dateLine, decimalsOf, DEFAULT_SIGNATURES, formatNumber, mappingNote, MOTTO, NATION, periodLine } from './report-text';

const FONT = 'Times New Roman';
const thin = { style: 'thin' as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
// Grouped per the reader's locale (1.234,56 on a Vietnamese machine); `_ ` pads a space's
// width on the right so figures do not touch the border. Values stay numbers.
const INTEGER = '#,##0_ ;-#,##0_ ';
const DECIMAL = '#,##0.00_ ;-#,##0.00_ ';
type Style = { bold?: boolean; italic?: boolean; underline?: boolean; size?: number };
const font = (s: Style = {}) => ({ name: FONT, size: s.size ?? 11, bold: !!s.bold, italic: !!s.italic, underline: !!s.underline });

/** Lines a wrapped text takes in a cell `chars` wide (bold capitals run ~20% wider). */
function lines(text: string, chars: number, bold = false): number {
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil((part.length * (bold ? 1.2 : 1.05)) / Math.max(1, chars - 1))), 0);
}
const heightOf = (n: number, size = 11) => Math.ceil(n * size * 1.3 + 4);

/** Column widths (in characters) so figures, numbering formulas and header words are never cut. */
function widths(r: ReportResult): number[] {
  const label = Math.min(40, Math.max(24, ...r.rows.map((m) => m.label.vi.length + 4)));
  const longestWord = (t: string) => Math.max(0, ...t.split(/\s+/).map((w) => w.length));
  const figures = r.columns.map((c, k) => Math.min(20, Math.max(
    11,
    longestWord(c.title.vi) + 3,
    (r.header.numbering[k + 2] ?? '').length + 2,
    ...r.rows.map((m) => formatNumber(m.values[c.key] ?? null, c).length + 4),
  )));
  return [6, label, ...figures];
}

export async function renderXlsx(r: ReportResult, today: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const width = r.columns.length + 2;
  const half = Math.max(1, Math.floor(width / 2));
  const cols = widths(r);
  const span = (from: number, to: number) => cols.slice(from - 1, to).reduce((a, b) => a + b, 0);
  const ws = wb.addWorksheet('Báo cáo', {
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&C&"${FONT},Italic"&9Trang &P/&N` },
  });
  cols.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  const line = (row: number, from: number, to: number, text: string, s: Style & { left?: boolean } = {}) => {
    if (to > from) ws.mergeCells(row, from, row, to);
    const c = ws.getCell(row, from);
    c.value = text;
    c.font = font({ size: 12, ...s });
    c.alignment = { horizontal: s.left ? 'left' : 'center', vertical: 'middle', wrapText: true };
    const h = heightOf(lines(text, span(from, to), s.bold), 12);
    ws.getRow(row).height = Math.max(ws.getRow(row).height ?? 0, h);
  };
  line(1, 1, half, r.unit.name.toUpperCase(), { bold: true });
  line(1, half + 1, width, NATION, { bold: true });
  line(2, half + 1, width, MOTTO, { bold: true, underline: true });
  line(4, 1, width, r.title.vi.toUpperCase(), { bold: true, size: 14 });
  line(5, 1, width, periodLine(r), { italic: true });

  const top = 7;
  const numRow = top + r.header.rows;
  const headerLines = Array.from({ length: r.header.rows }, () => 1);
  for (const h of r.header.cells) {
    const row = top + h.row, col = 1 + h.col;
    if (h.rowSpan > 1 || h.colSpan > 1) ws.mergeCells(row, col, row + h.rowSpan - 1, col + h.colSpan - 1);
    ws.getCell(row, col).value = h.text.vi;
    const need = Math.ceil(lines(h.text.vi, span(col, col + h.colSpan - 1), true) / h.rowSpan);
    for (let k = 0; k < h.rowSpan; k++) headerLines[h.row + k] = Math.max(headerLines[h.row + k], need);
  }
  headerLines.forEach((n, i) => { ws.getRow(top + i).height = heightOf(n); });
  r.header.numbering.forEach((t, i) => { ws.getCell(numRow, i + 1).value = t; });
  for (let row = top; row <= numRow; row++) {
    for (let col = 1; col <= width; col++) {
      const c = ws.getCell(row, col);
      c.font = font({ bold: row < numRow, italic: row === numRow, size: row === numRow ? 10 : 11 });
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      c.border = BORDER;
    }
  }
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: numRow }];
  ws.pageSetup.printTitlesRow = `${top}:${numRow}`;

  r.rows.forEach((m, i) => {
    const row = ws.getRow(numRow + 1 + i);
    const bold = m.kind === 'total' || m.kind === 'subtotal';
    row.getCell(1).value = m.stt;
    row.getCell(2).value = m.label.vi;
    r.columns.forEach((col, k) => {
      const c = row.getCell(3 + k);
      c.value = m.values[col.key];
      c.numFmt = decimalsOf(col) === 0 ? INTEGER : DECIMAL;
      c.alignment = { horizontal: 'right', vertical: 'middle' };
    });
    for (let col = 1; col <= width; col++) {
      row.getCell(col).border = BORDER;
      row.getCell(col).font = font({ bold, italic: m.kind === 'unallocated' });
    }
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
    row.getCell(2).alignment = { horizontal: 'left', vertical: 'middle', wrapText: true, indent: 1 };
    const n = lines(m.label.vi, cols[1], bold);
    if (n > 1) row.height = heightOf(n);
  });

  let at = numRow + r.rows.length + 2;
  for (const note of [...r.notes.map((n) => n.vi), mappingNote(r)].filter((n): n is string => !!n)) line(at++, 1, width, note, { italic: true, left: true, size: 11 });
  at++;
  line(at++, half + 1, width, dateLine(r.unit.name, today), { italic: true });
  const sigs = r.signatures.length ? r.signatures : DEFAULT_SIGNATURES;
  const each = Math.max(1, Math.floor(width / sigs.length));
  sigs.forEach((s, i) => {
    const to = i === sigs.length - 1 ? width : (i + 1) * each;
    line(at, 1 + i * each, to, s.vi.toUpperCase(), { bold: true });
    line(at + 1, 1 + i * each, to, '(Ký, ghi rõ họ tên)', { italic: true, size: 11 });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
