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

/** Control characters that never occur in a text CSV outside a quoted cell (tab, LF and CR excepted). */
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

/** A stretch of a CSV text: inside one quoted cell (quotes included), or between quoted cells. */
interface Stretch {
  quoted: boolean;
  text: string;
}

/**
 * Splits a text into quoted cells and what lies between them, the way RFC 4180 (and Papa Parse)
 * reads quotes: a `"` opens a quoted cell only where a cell starts, `""` inside one is a quote.
 */
function stretches(text: string, delimiter: string): Stretch[] {
  const out: Stretch[] = [];
  const cellEnd = new RegExp(`[${delimiter}\r\n]`, 'g');
  let from = 0;
  let at = 0;
  let cellStart = true;
  while (at < text.length) {
    if (cellStart && text.charCodeAt(at) === 0x22) {
      let close = text.indexOf('"', at + 1);
      while (close !== -1 && text.charCodeAt(close + 1) === 0x22) close = text.indexOf('"', close + 2);
      const end = close === -1 ? text.length : close + 1; // an unclosed quote is the parser's to report
      if (at > from) out.push({ quoted: false, text: text.slice(from, at) });
      out.push({ quoted: true, text: text.slice(at, end) });
      from = at = end;
      cellStart = false;
      continue;
    }
    cellEnd.lastIndex = at;
    const next = cellEnd.exec(text);
    at = next ? next.index + 1 : text.length;
    cellStart = true;
  }
  if (from < text.length) out.push({ quoted: false, text: text.slice(from) });
  return out;
}

/**
 * The text with every record break made `\n`, while a CR or CRLF inside a quoted cell stays as it
 * was (a note keeps its own line breaks), or the file-level problem that makes it unreadable:
 * empty, a control character outside quoted cells (binary junk), or bytes that were not UTF-8.
 */
function prepare(
  input: string,
  delimiter: string,
): { ok: true; text: string } | { ok: false; error: CsvError } {
  const raw = input.replace(/^\uFEFF/, '');
  if (raw.trim() === '') return { ok: false, error: { row: 1, column: null, code: 'csv.empty' } };
  let text = '';
  for (const stretch of stretches(raw, delimiter)) {
    if (stretch.quoted) {
      text += stretch.text;
      continue;
    }
    const plain = stretch.text.replace(/\r\n?/g, '\n');
    const control = CONTROL.exec(plain);
    if (control)
      return {
        ok: false,
        error: { row: lineAt(text + plain, text.length + control.index), column: null, code: 'csv.binary' },
      };
    text += plain;
  }
  // U+FFFD is what a decoder leaves for bytes that are not UTF-8 (e.g. a file saved as ANSI).
  const replaced = text.indexOf('\uFFFD');
  if (replaced !== -1)
    return { ok: false, error: { row: lineAt(text, replaced), column: null, code: 'csv.encoding' } };
  return { ok: true, text };
}

/** Reads the records of a CSV text (RFC 4180 quoting, CRLF, LF or CR, BOM stripped), each with its line. */
export function readRecords(input: string): ReadRecordsResult {
  const headerEnd = input.search(/[\r\n]/);
  const delimiter = detectDelimiter(headerEnd === -1 ? input : input.slice(0, headerEnd));
  const prepared = prepare(input, delimiter);
  if (!prepared.ok) return refuseCsv([prepared.error]);
  const { text } = prepared;

  const records: CsvRecord[] = [];
  let start = 0;
  let line = 1;
  let quoteLine: number | null = null;
  Papa.parse<string[]>(text, {
    delimiter,
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
