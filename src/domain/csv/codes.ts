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
