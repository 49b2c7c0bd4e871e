// The report as a print-ready PDF: A4 landscape, the national header block, the title and
// period, the table with repeated header rows, notes, the date line and signature lines,
// and "Trang X/Y" on every page. pdfmake's bundled Roboto carries the Vietnamese glyphs.
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReportResult } from './get-report';
import { dateLine, DEFAULT_SIGNATURES, formatNumber, mappingNote, MOTTO, NATION, periodLine } from './report-text';

const require = createRequire(import.meta.url);
interface PdfMake { setFonts(f: unknown): void; createPdf(d: TDocumentDefinitions): { getBuffer(): Promise<Buffer> } }

function pdfmake(): PdfMake {
  const lib = require('pdfmake') as PdfMake;
  const dir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  lib.setFonts({ Roboto: {
    normal: path.join(dir, 'Roboto-Regular.ttf'), bold: path.join(dir, 'Roboto-Medium.ttf'),
    italics: path.join(dir, 'Roboto-Italic.ttf'), bolditalics: path.join(dir, 'Roboto-MediumItalic.ttf'),
  } });
  return lib;
}

function table(r: ReportResult): Content {
  const width = r.columns.length + 2;
  const grid: TableCell[][] = Array.from({ length: r.header.rows + 1 }, () => Array.from({ length: width }, () => ({ text: '' })));
  for (const h of r.header.cells) grid[h.row][h.col] = { text: h.text.vi, rowSpan: h.rowSpan, colSpan: h.colSpan, bold: true, alignment: 'center' };
  grid[r.header.rows] = r.header.numbering.map((t) => ({ text: t, italics: true, alignment: 'center', fontSize: 7 }));
  const body = r.rows.map((m) => {
    const bold = m.kind === 'total' || m.kind === 'subtotal';
    return [
      { text: m.stt, alignment: 'center', bold },
      { text: m.label.vi, bold, italics: m.kind === 'unallocated' },
      ...r.columns.map((c) => ({ text: formatNumber(m.values[c.key] ?? null, c), alignment: 'right', bold })),
    ] as TableCell[];
  });
  return {
    table: { headerRows: r.header.rows + 1, widths: [22, 130, ...r.columns.map(() => '*')], body: [...grid, ...body] },
    fontSize: 8,
  };
}

export async function renderPdf(r: ReportResult, today: string): Promise<Buffer> {
  const sigs = r.signatures.length ? r.signatures : DEFAULT_SIGNATURES;
  const notes = [...r.notes.map((n) => n.vi), mappingNote(r)].filter((n): n is string => !!n);
  const doc: TDocumentDefinitions = {
    pageSize: 'A4', pageOrientation: 'landscape', pageMargins: [36, 30, 36, 40],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    footer: (page, pages) => ({ text: `Trang ${page}/${pages}`, alignment: 'center', fontSize: 8, margin: [0, 12, 0, 0] }),
    content: [
      { columns: [
        { width: '40%', stack: [{ text: r.unit.name.toUpperCase(), bold: true }], alignment: 'center' },
        { width: '60%', stack: [{ text: NATION, bold: true }, { text: MOTTO, bold: true, decoration: 'underline' }], alignment: 'center' },
      ] },
      { text: r.title.vi.toUpperCase(), bold: true, fontSize: 13, alignment: 'center', margin: [0, 16, 0, 2] },
      { text: periodLine(r), italics: true, alignment: 'center', fontSize: 9, margin: [0, 0, 0, 10] },
      table(r),
      ...notes.map((n) => ({ text: n, italics: true, fontSize: 8, margin: [0, 4, 0, 0] }) as Content),
      { text: dateLine(r.unit.name, today), italics: true, alignment: 'right', margin: [0, 14, 20, 4] },
      { columns: sigs.map((s) => ({ stack: [{ text: s.vi.toUpperCase(), bold: true }, { text: '(Ký, ghi rõ họ tên)', italics: true, fontSize: 8 }], alignment: 'center' })), unbreakable: true } as Content,
    ],
  };
  return pdfmake().createPdf(doc).getBuffer();
}
