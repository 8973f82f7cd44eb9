import { STATEMENT_NOTES_MAX_LENGTH } from '../limits';
import { z } from '../zod';
import { STATEMENT_LIMITS as L, statementEntrySchema, statementSchema } from './schema';

// The compact form of a statement (docs/statement-format.md#compact-form): the same statement, its
// entries and transfers written as rows of a positional array whose columns are named once, with
// categories and accounts named once in `codes` and referred to by their index.

/** The columns of an entry row, in order. */
export const ENTRY_COLUMNS = [
  'id',
  'date',
  'amount',
  'category',
  'account',
  'recordedAt',
  'imported',
  'note',
] as const;

/** The columns of a transfer row, in order. */
export const TRANSFER_COLUMNS = [
  'id',
  'date',
  'amount',
  'from',
  'to',
  'recordedAt',
  'imported',
  'note',
] as const;

const shape = statementEntrySchema.shape;
/** Ids of plain ASCII letters, digits and `._:-`: each character one byte, so a row's size is bounded. */
export const COMPACT_ROW_ID = /^[A-Za-z0-9._:-]+$/;
const rowId = shape.id.regex(COMPACT_ROW_ID);
/** An instant exactly as `Date.toISOString` writes it: always 24 characters. */
const recordedAt = z.iso.datetime({ precision: 3 });
const note = z.string().max(L.note).describe('empty: no note');
const categoryCode = z
  .int()
  .min(0)
  .max(L.categories - 1)
  .describe('index into codes.categories');
const accountCode = z
  .int()
  .min(0)
  .max(L.accounts - 1)
  .describe('index into codes.accounts');

/** One entry: id, date, amount, category and account codes, recorded at, imported, note. */
const entryRow = z.tuple([
  rowId,
  shape.date,
  shape.amount,
  categoryCode,
  accountCode,
  recordedAt,
  z.boolean(),
  note,
]);

/** One transfer: id, date, amount, from and to account codes, recorded at, imported, note. */
const transferRow = z.tuple([
  rowId,
  shape.date,
  shape.amount,
  accountCode,
  accountCode,
  recordedAt,
  z.boolean(),
  note,
]);

/** The column names of a table, exactly these in this order. */
const columns = (names: readonly string[]) =>
  z
    .array(z.string())
    .refine((given) => given.length === names.length && given.every((name, i) => name === names[i]))
    .meta({ const: names });

/** How long the notes of some rows are together (the note is each row's eighth column). */
export const notesLength = (rows: readonly { 7: string }[]): number =>
  rows.reduce((sum, row) => sum + row[7].length, 0);

/** The schemas of a compact row's cells, for a reader that checks the tables column by column. */
export const COMPACT_CELLS = {
  id: rowId,
  date: shape.date,
  amount: shape.amount,
  categoryCode,
  accountCode,
  recordedAt,
  note,
} as const;

/** The compact form's fields, before the bound on all notes together (see `compactStatementSchema`). */
export const compactStatementFields = statementSchema.omit({ entries: true, transfers: true }).extend({
  codes: z.strictObject({
    categories: z
      .array(z.strictObject({ kind: shape.kind, name: shape.category }))
      .max(L.categories)
      .describe('the categories the entries name, each once'),
    accounts: z.array(shape.account).max(L.accounts).describe('the accounts the rows name, each once'),
  }),
  entries: z.strictObject({
    columns: columns(ENTRY_COLUMNS),
    rows: z.array(entryRow).max(L.entries),
  }),
  transfers: z.strictObject({
    columns: columns(TRANSFER_COLUMNS),
    rows: z.array(transferRow).max(L.transfers),
  }),
});

/** The signed statement in its compact form: the fields of format 1, with the rows as tables. */
export const compactStatementSchema = compactStatementFields.refine(
  // The notes of all rows together stay within the format's bound, so the file's size is bounded.
  (s) => notesLength(s.entries.rows) + notesLength(s.transfers.rows) <= STATEMENT_NOTES_MAX_LENGTH,
  { message: 'notes too long', path: ['entries', 'rows'] },
);

/** A statement in its compact form. */
export type CompactStatement = z.infer<typeof compactStatementSchema>;
/** One entry row of the compact form. */
export type CompactEntryRow = z.infer<typeof entryRow>;
/** One transfer row of the compact form. */
export type CompactTransferRow = z.infer<typeof transferRow>;
