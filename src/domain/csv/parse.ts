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
import { ALL_CSV_COLUMNS, REQUIRED_COLUMNS, columnOf, type CsvColumn } from './columns';
import { nameKey } from '../text';
import {
  parseAmountCell,
  parseDateCell,
  parseKindCell,
  parseNameCell,
  parseNoteCell,
  parseOptionalDateCell,
  parseTypeCell,
  parseZeroOrAmountCell,
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
  /** The contact (for credit, settlements and opening receivables or payables), as written. */
  contact?: string;
  /** What was paid now, when `dibayar` is given on a masuk/keluar row (0 ≤ paid ≤ amount). */
  paid?: number;
  /** When what is owed falls due. */
  dueDate?: BusinessDate;
}

/** Row types whose amount may be zero: a stock count of an empty shop is a count. */
const ZERO_ALLOWED: ReadonlySet<RowType> = new Set(['stock', 'openingStock']);

/** Row types that need a contact. */
const NEEDS_CONTACT: ReadonlySet<RowType> = new Set([
  'collect',
  'pay',
  'openingReceivable',
  'openingPayable',
]);

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
  const amount = field(
    'jumlah',
    type && ZERO_ALLOWED.has(type) ? parseZeroOrAmountCell(cell('jumlah')) : parseAmountCell(cell('jumlah')),
  );
  const accountCell = field('akun', parseNameCell(cell('akun'), 'csv.account.tooLong'));
  const account = accountCell || CASH_ACCOUNT_NAME;
  const note = field('catatan', parseNoteCell(cell('catatan'))) ?? '';

  const credit = creditCells(type, date, amount, recordReader(record, index, errors));
  if (type === 'transfer') {
    const toAccount = field('akun_tujuan', parseNameCell(cell('akun_tujuan'), 'csv.account.tooLong'));
    if (toAccount === '') problem('akun_tujuan', 'csv.transfer.toMissing');
    else if (toAccount !== undefined && accountCell !== undefined && nameKey(toAccount) === nameKey(account))
      problem('akun_tujuan', 'csv.transfer.sameAccount', { value: toAccount });
    if (errors.length > before || !date || !amount || !toAccount) return null;
    return { line: record.line, date, type, amount, account, toAccount, note };
  }
  if (type !== undefined && type !== 'in' && type !== 'out') {
    if (errors.length > before || !date || amount === undefined) return null;
    return { line: record.line, date, type, amount, account, note, ...credit };
  }

  const category = field('kategori', parseNameCell(cell('kategori'), 'csv.category.tooLong'));
  if (category === '') problem('kategori', 'csv.category.missing');
  const kind = field('kelompok', parseKindCell(cell('kelompok')));
  if (kind && type && directionOf(kind) !== type)
    problem('kelompok', 'csv.kind.direction', { value: kind, type: cell('jenis').trim() });
  if (errors.length > before || !date || !type || !amount || !category) return null;
  const row = { line: record.line, date, type, amount, category, account, note, ...credit };
  return kind ? { ...row, kind } : row;
}

/**
 * The contact, paid and due-date cells of a record, checked against its type: what was paid only on
 * masuk/keluar and never above the amount, a contact where something is owed or settled, a due date
 * on or after the date and only where something is owed.
 */
function creditCells(
  type: RowType | undefined,
  date: BusinessDate | undefined,
  amount: number | undefined,
  { cell, problem, field }: ReturnType<typeof recordReader>,
): Pick<ParsedRow, 'contact' | 'paid' | 'dueDate'> {
  const contact = field('kontak', parseNameCell(cell('kontak'), 'csv.contact.tooLong'));
  const paid =
    cell('dibayar').trim() === '' ? undefined : field('dibayar', parseZeroOrAmountCell(cell('dibayar')));
  const dueDate = field('jatuh_tempo', parseOptionalDateCell(cell('jatuh_tempo')));
  const entry = type === 'in' || type === 'out';
  if (paid !== undefined && !entry)
    problem('dibayar', 'csv.paid.notAllowed', { value: echoCell(cell('dibayar')) });
  if (paid !== undefined && amount !== undefined && paid > amount)
    problem('dibayar', 'csv.paid.aboveAmount', { value: echoCell(cell('dibayar')), amount });
  const owed = entry && paid !== undefined && amount !== undefined && paid < amount;
  const mayBeDue = owed || type === 'openingReceivable' || type === 'openingPayable';
  if (contact === '' && (owed || (type !== undefined && NEEDS_CONTACT.has(type))))
    problem('kontak', 'csv.contact.missing');
  if (dueDate !== undefined && !mayBeDue) problem('jatuh_tempo', 'csv.dueDate.withoutCredit');
  else if (dueDate !== undefined && date !== undefined && dueDate < date)
    problem('jatuh_tempo', 'csv.dueDate.beforeDate', { value: dueDate, date });
  return {
    ...(contact ? { contact } : {}),
    ...(paid !== undefined && paid !== amount ? { paid } : {}),
    ...(dueDate !== undefined ? { dueDate } : {}),
  };
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
  return total > 0 ? refuseCsv(sortErrors(errors, ALL_CSV_COLUMNS), total) : { ok: true, rows };
}
