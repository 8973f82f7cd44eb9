import Papa from 'papaparse';
import { refuseCsv, type CsvError, type CsvRefusal } from './codes';
import { columnOf } from './columns';

/** One record of a CSV file: the line it starts on (header = 1) and its cells. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** The records of a file, header first, or the file-level problems that stop reading it. */
export type ReadRecordsResult = { ok: true; records: CsvRecord[] } | CsvRefusal;

/** Control characters that never occur in a text CSV (tab, LF and CR excepted). */
// eslint-disable-next-line no-control-regex -- finding control characters is how binary input is told apart
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Line number (1-based) of a character offset. */
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/**
 * The separator the header row uses: comma or semicolon (Excel in an Indonesian locale writes
 * semicolons), whichever splits the header into more known column names.
 */
export function detectDelimiter(text: string): ',' | ';' {
  const header = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const known = (delimiter: string) =>
    header.split(delimiter).filter((cell) => columnOf(cell.replace(/"/g, '')) !== null).length;
  const [comma, semicolon] = [known(','), known(';')];
  if (comma !== semicolon) return comma > semicolon ? ',' : ';';
  return header.split(';').length > header.split(',').length ? ';' : ',';
}

/** A file-level problem that makes the text unreadable as CSV, or null when it can be parsed. */
function unreadable(text: string): CsvError | null {
  if (text.trim() === '') return { row: 1, column: null, code: 'csv.empty' };
  const control = CONTROL.exec(text);
  if (control) return { row: lineAt(text, control.index), column: null, code: 'csv.binary' };
  // U+FFFD is what a decoder leaves for bytes that are not UTF-8 (e.g. a file saved as ANSI).
  const replaced = text.indexOf('\uFFFD');
  if (replaced !== -1) return { row: lineAt(text, replaced), column: null, code: 'csv.encoding' };
  return null;
}

/** Reads the records of a CSV text (RFC 4180 quoting, CRLF or LF, BOM stripped), each with its line. */
export function readRecords(input: string): ReadRecordsResult {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const problem = unreadable(text);
  if (problem) return refuseCsv([problem]);

  const records: CsvRecord[] = [];
  let start = 0;
  let line = 1;
  let quoteLine: number | null = null;
  Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    newline: '\n',
    quoteChar: '"',
    step: (result, parser) => {
      if (result.errors.some((e) => e.type === 'Quotes')) {
        quoteLine = line;
        parser.abort();
        return;
      }
      records.push({ line, cells: result.data });
      // Embedded line breaks inside quoted cells move the next record's line on as well.
      line += text.slice(start, result.meta.cursor).split('\n').length - 1;
      start = result.meta.cursor;
    },
  });
  if (quoteLine !== null) return refuseCsv([{ row: quoteLine, column: null, code: 'csv.quote' }]);
  return { ok: true, records };
}
