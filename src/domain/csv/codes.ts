import type { CsvColumn } from './columns';

/** Every code an import can fail with; the i18n catalogue has a message for each. */
export const CSV_ERROR_CODES = [
  'csv.empty',
  'csv.binary',
  'csv.encoding',
  'csv.quote',
  'csv.header.missing',
  'csv.header.duplicate',
  'csv.noRows',
  'csv.tooManyRows',
  'csv.fields.tooMany',
  'csv.date.missing',
  'csv.date.format',
  'csv.date.invalid',
  'csv.type.missing',
  'csv.type.unknown',
  'csv.amount.missing',
  'csv.amount.invalid',
  'csv.amount.fraction',
  'csv.amount.commaThousands',
  'csv.amount.negative',
  'csv.amount.zero',
  'csv.amount.tooLarge',
  'csv.category.missing',
  'csv.category.tooLong',
  'csv.kind.unknown',
  'csv.kind.direction',
  'csv.kind.mismatch',
  'csv.kind.conflict',
  'csv.account.tooLong',
  'csv.transfer.toMissing',
  'csv.transfer.sameAccount',
  'csv.note.tooLong',
  'csv.total.tooLarge',
  'csv.contact.missing',
  'csv.contact.tooLong',
  'csv.paid.aboveAmount',
  'csv.paid.notAllowed',
  'csv.paid.kind',
  'csv.dueDate.beforeDate',
  'csv.dueDate.withoutCredit',
  'csv.settlement.overdrawn',
  'csv.stock.sameDay',
  'csv.stock.openingTwice',
  'csv.stock.openingNotFirst',
] as const;

/** A stable code for one import problem. */
export type CsvErrorCode = (typeof CSV_ERROR_CODES)[number];

/** One import problem: the file line where the record starts (header = 1), the column, a code. */
export interface CsvError {
  row: number;
  /** The column (by its Indonesian name), or null for a problem with the whole record or file. */
  column: CsvColumn | null;
  code: CsvErrorCode;
  params?: Record<string, string | number>;
}

/** Orders problems by line, then by column order, so the list reads top to bottom. */
export function sortErrors(errors: CsvError[], columnOrder: readonly CsvColumn[]): CsvError[] {
  const at = (c: CsvColumn | null) => (c === null ? -1 : columnOrder.indexOf(c));
  return errors.sort((a, b) => a.row - b.row || at(a.column) - at(b.column));
}

/** How many problems of one file are listed (by the CLI and the import screen); the rest are counted. */
export const MAX_LISTED_CSV_ERRORS = 200;

/** How much of a cell a problem repeats back: a cell may hold megabytes. */
export const MAX_ECHOED_CHARS = 40;

/** A cell as a problem repeats it: at most `MAX_ECHOED_CHARS` characters, then an ellipsis. */
export function echoCell(text: string): string {
  let end = 0;
  let count = 0;
  // Walks code points, and only as far as the cut: a cell can be megabytes long.
  for (const char of text) {
    if (count === MAX_ECHOED_CHARS) return `${text.slice(0, end)}…`;
    end += char.length;
    count++;
  }
  return text;
}

/** A refused file: its first problems (at most `MAX_LISTED_CSV_ERRORS`) and how many it has in all. */
export interface CsvRefusal {
  ok: false;
  errors: CsvError[];
  total: number;
}

/** The refusal of a file with these problems, listing the first of them. */
export const refuseCsv = (errors: CsvError[], total = errors.length): CsvRefusal => ({
  ok: false,
  errors: errors.slice(0, MAX_LISTED_CSV_ERRORS),
  total,
});
