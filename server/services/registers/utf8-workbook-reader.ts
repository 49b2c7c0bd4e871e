// exceljs 4.4's streaming reader decodes every unzipped chunk on its own, so a Vietnamese
// letter split across two 16 KB chunks turns into "��" (exceljs issues #2063, #2084, #2316).
// This reader feeds the XML parser whole characters: a StringDecoder on the worksheets and
// utf8-encoded entries for the shared strings and the workbook (sheet names).
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

type Chunks = AsyncIterable<Buffer | string>;

async function* wholeCharacters(chunks: Chunks): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

interface ReaderInternals {
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: Chunks, sheetNo: string): Generator<unknown>;
}

const Base = ExcelJS.stream.xlsx.WorkbookReader;
const base = Base.prototype as unknown as ReaderInternals;

export class Utf8WorkbookReader extends Base {}

Object.assign(Utf8WorkbookReader.prototype, {
  _parseSharedStrings(this: ReaderInternals, entry: Readable) {
    entry.setEncoding('utf8');
    return base._parseSharedStrings.call(this, entry);
  },
  _parseWorkbook(this: ReaderInternals, entry: Readable) {
    entry.setEncoding('utf8');
    return base._parseWorkbook.call(this, entry);
  },
  _parseWorksheet(this: ReaderInternals, iterator: Chunks, sheetNo: string) {
    return base._parseWorksheet.call(this, wholeCharacters(iterator), sheetNo);
  },
});
