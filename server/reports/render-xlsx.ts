// The report as an .xlsx in the layout of Vietnamese templates: title block, merged header
// cells, a numbering row with the printed formulas, frozen header, values (formulas are
// kept as computed values), number formats, notes and signature lines (RPT-1).
import ExcelJS from 'exceljs';
import type { ReportResult } from './get-report';
import { dateLine, decimalsOf, DEFAULT_SIGNATURES, mappingNote, MOTTO, NATION, periodLine } from './report-text';

const thin = { style: 'thin' as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

export async function renderXlsx(r: ReportResult, today: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Báo cáo', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const width = r.columns.length + 2;
  const half = Math.max(1, Math.floor(width / 2));
  const line = (row: number, from: number, to: number, text: string, bold = false) => {
    if (to > from) ws.mergeCells(row, from, row, to);
    const c = ws.getCell(row, from);
    c.value = text;
    c.font = { bold, size: 12 };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  line(1, 1, half, r.unit.name.toUpperCase(), true);
  line(1, half + 1, width, NATION, true);
  line(2, half + 1, width, MOTTO, true);
  line(4, 1, width, r.title.vi.toUpperCase(), true);
  line(5, 1, width, periodLine(r));
  const top = 7;
  for (const h of r.header.cells) {
    const row = top + h.row, col = 1 + h.col;
    if (h.rowSpan > 1 || h.colSpan > 1) ws.mergeCells(row, col, row + h.rowSpan - 1, col + h.colSpan - 1);
    ws.getCell(row, col).value = h.text.vi;
  }
  const numRow = top + r.header.rows;
  r.header.numbering.forEach((t, i) => { ws.getCell(numRow, i + 1).value = t; });
  for (let row = top; row <= numRow; row++) {
    for (let col = 1; col <= width; col++) {
      const c = ws.getCell(row, col);
      c.font = { bold: row < numRow, italic: row === numRow, size: 11 };
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      c.border = BORDER;
    }
  }
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: numRow }];
  r.rows.forEach((m, i) => {
    const row = ws.getRow(numRow + 1 + i);
    row.getCell(1).value = m.stt;
    row.getCell(2).value = m.label.vi;
    r.columns.forEach((col, k) => {
      const c = row.getCell(3 + k);
      c.value = m.values[col.key];
      c.numFmt = decimalsOf(col) === 0 ? '#,##0' : '#,##0.00';
    });
    const bold = m.kind === 'total' || m.kind === 'subtotal';
    for (let col = 1; col <= width; col++) {
      row.getCell(col).border = BORDER;
      row.getCell(col).font = { bold, italic: m.kind === 'unallocated', size: 11 };
    }
    row.getCell(1).alignment = { horizontal: 'center' };
    row.getCell(2).alignment = { wrapText: true };
  });
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 36;
  for (let k = 0; k < r.columns.length; k++) ws.getColumn(3 + k).width = 16;
  let at = numRow + r.rows.length + 2;
  for (const note of [...r.notes.map((n) => n.vi), mappingNote(r)].filter((n): n is string => !!n)) line(at++, 1, width, note);
  at++;
  line(at++, half + 1, width, dateLine(r.unit.name, today));
  const sigs = r.signatures.length ? r.signatures : DEFAULT_SIGNATURES;
  const span = Math.max(1, Math.floor(width / sigs.length));
  sigs.forEach((s, i) => {
    line(at, 1 + i * span, i === sigs.length - 1 ? width : (i + 1) * span, s.vi.toUpperCase(), true);
    line(at + 1, 1 + i * span, i === sigs.length - 1 ? width : (i + 1) * span, '(Ký, ghi rõ họ tên)');
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
