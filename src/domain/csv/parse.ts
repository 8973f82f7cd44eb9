import type { BusinessDate } from '../dates';
import { CASH_ACCOUNT_NAME } from '../defaults';
import { directionOf, type CategoryKind } from '../kinds';
import type { Rupiah } from '../money';
import {
  MAX_LISTED_CSV_ERRORS,
  echoCell,
  refuseCsv,
  sortErrors,
  type CsvError,
  type CsvErrorCode,
  type CsvRefusal,
} from './codes';
import { CSV_COLUMNS, REQUIRED_COLUMNS, columnOf, type CsvColumn } from './columns';
import { nameKey } from '../text';
import {
  parseAmountCell,
  parseDateCell,
  parseKindCell,
  parseNameCell,
  parseNoteCell,
  parseTypeCell,
  type FieldResult,
  type RowType,
} from './fields';
import { readRecords, type CsvRecord } from './records';

/** The most data rows one import takes (a decade of a busy kiosk); larger files are refused. */
export const MAX_IMPORT_ROWS = 100_000;

/** One valid data row of an import file. */
export interface ParsedRow {
  /** The line of the file where the record starts (header = 1). */
  line: number;
  date: BusinessDate;
  type: RowType;
  amount: Rupiah;
  /** The category name as written (for masuk/keluar). */
  category?: string;
  /** The kind given in `kelompok`, if any (for masuk/keluar). */
  kind?: CategoryKind;
  /** The account (for pindah: the source), `Kas` when the cell is empty. */
  account: string;
  /** The destination account (pindah only). */
  toAccount?: string;
  note: string;
}

/** The outcome of parsing: every row, or every problem found. */
export type ParseImportResult = { ok: true; rows: ParsedRow[] } | CsvRefusal;

/** Which cell of a record holds each known column. */
type ColumnIndex = Partial<Record<CsvColumn, number>>;

function readHeader(header: CsvRecord): { ok: true; index: ColumnIndex } | CsvRefusal {
  const index: ColumnIndex = {};
  const errors: CsvError[] = [];
  header.cells.forEach((cell, i) => {
    const column = columnOf(cell);
    if (column === null) return; // unknown extra columns are ignored
    if (index[column] !== undefined)
      errors.push({
        row: header.line,
        column,
        code: 'csv.header.duplicate',
        params: { column: echoCell(cell.trim()) },
      });
    else index[column] = i;
  });
  const missing = REQUIRED_COLUMNS.filter((c) => index[c] === undefined);
  if (missing.length > 0)
    errors.unshift({
      row: header.line,
      column: null,
      code: 'csv.header.missing',
      params: { columns: missing.join(', ') },
    });
  return errors.length > 0 ? refuseCsv(errors) : { ok: true, index };
}

/** Reads the cells of one record, pushing each problem with the record's line to `errors`. */
function recordReader(record: CsvRecord, index: ColumnIndex, errors: CsvError[]) {
  const cell = (column: CsvColumn): string => {
    const i = index[column];
    return i === undefined ? '' : (record.cells[i] ?? '');
  };
  const problem = (column: CsvColumn | null, code: CsvErrorCode, params?: CsvError['params']) => {
    errors.push(params ? { row: record.line, column, code, params } : { row: record.line, column, code });
  };
  const field = <T>(column: CsvColumn, result: FieldResult<T>): T | undefined => {
    if (result.ok) return result.value;
    problem(column, result.code, { value: echoCell(cell(column)), ...result.params });
    return undefined;
  };
  return { cell, problem, field };
}

/** Parses one data record; null when it has problems (pushed to `errors`). */
function parseRecord(
  record: CsvRecord,
  index: ColumnIndex,
  headerWidth: number,
  errors: CsvError[],
): ParsedRow | null {
  const before = errors.length;
  const { cell, problem, field } = recordReader(record, index, errors);
  // More cells than the header, with text in them, usually means a separator inside an unquoted note.
  if (record.cells.slice(headerWidth).some((c) => c.trim() !== ''))
    problem(null, 'csv.fields.tooMany', { expected: headerWidth, found: record.cells.length });

  const date = field('tanggal', parseDateCell(cell('tanggal')));
  const type = field('jenis', parseTypeCell(cell('jenis')));
  const amount = field('jumlah', parseAmountCell(cell('jumlah')));
  const accountCell = field('akun', parseNameCell(cell('akun'), 'csv.account.tooLong'));
  const account = accountCell || CASH_ACCOUNT_NAME;
  const note = field('catatan', parseNoteCell(cell('catatan'))) ?? '';

  if (type === 'transfer') {
    const toAccount = field('akun_tujuan', parseNameCell(cell('akun_tujuan'), 'csv.account.tooLong'));
    if (toAccount === '') problem('akun_tujuan', 'csv.transfer.toMissing');
    else if (toAccount !== undefined && accountCell !== undefined && nameKey(toAccount) === nameKey(account))
      problem('akun_tujuan', 'csv.transfer.sameAccount', { value: toAccount });
    if (errors.length > before || !date || !amount || !toAccount) return null;
    return { line: record.line, date, type, amount, account, toAccount, note };
  }

  const category = field('kategori', parseNameCell(cell('kategori'), 'csv.category.tooLong'));
  if (category === '') problem('kategori', 'csv.category.missing');
  const kind = field('kelompok', parseKindCell(cell('kelompok')));
  if (kind && type && directionOf(kind) !== type)
    problem('kelompok', 'csv.kind.direction', { value: kind, type: cell('jenis').trim() });
  if (errors.length > before || !date || !type || !amount || !category) return null;
  const row = { line: record.line, date, type, amount, category, account, note };
  return kind ? { ...row, kind } : row;
}

/**
 * Parses an import file (format: docs/domain.md#csv-format): all rows, or every problem found (each with
 * the line its record starts on and its column), so a file is imported all or nothing.
 */
export function parseImportCsv(text: string): ParseImportResult {
  const read = readRecords(text);
  if (!read.ok) return read;
  const [header, ...body] = read.records;
  if (!header) return refuseCsv([{ row: 1, column: null, code: 'csv.empty' }]);
  const head = readHeader(header);
  if (!head.ok) return head;

  const records = body.filter((r) => r.cells.some((c) => c.trim() !== '')); // blank lines are skipped
  if (records.length === 0) return refuseCsv([{ row: header.line, column: null, code: 'csv.noRows' }]);
  if (records.length > MAX_IMPORT_ROWS)
    return refuseCsv([{ row: 1, column: null, code: 'csv.tooManyRows', params: { max: MAX_IMPORT_ROWS } }]);

  const errors: CsvError[] = [];
  let total = 0;
  const rows: ParsedRow[] = [];
  for (const record of records) {
    // Past the listed problems, a bad file's problems are counted, not kept: 100,000 bad rows would
    // otherwise hold (and post to the page) some 700,000 of them.
    const sink = errors.length < MAX_LISTED_CSV_ERRORS ? errors : [];
    const before = sink.length;
    const row = parseRecord(record, head.index, header.cells.length, sink);
    total += sink.length - before;
    if (row && total === 0) rows.push(row);
  }
  return total > 0 ? refuseCsv(sortErrors(errors, CSV_COLUMNS), total) : { ok: true, rows };
}
