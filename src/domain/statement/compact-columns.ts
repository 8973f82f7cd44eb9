import { STATEMENT_NOTES_MAX_LENGTH } from '../limits';
import { colonsIn, type CountedArrays } from '../strict-json';
import {
  COMPACT_CELLS as CELL,
  COMPACT_ROW_ID,
  ENTRY_COLUMNS,
  TRANSFER_COLUMNS,
  compactStatementFields,
  type CompactStatement,
} from './compact-schema';
import { STATEMENT_LIMITS } from './schema';

// The compact form's tables read column by column (docs/statement-format.md#the-fast-column-path):
// zod checks a busy shop's 100,000 rows value by value; this accepts exactly the tables it accepts,
// with every bound read from the same cell schemas, and says nothing else. Anything it does not
// accept goes to the schema, which names the fault as always.

/** Everything of the compact form but its two row tables, checked by the schema. */
const headSchema = compactStatementFields.omit({ entries: true, transfers: true });

/** A string cell's test: its schema's length bounds (and, for ids, the id characters' test). */
function stringCell(
  schema: { minLength: number | null; maxLength: number | null },
  characters?: (text: string) => boolean,
) {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Infinity;
  return (value: unknown): boolean =>
    typeof value === 'string' &&
    value.length >= min &&
    value.length <= max &&
    (characters === undefined || characters(value));
}

/**
 * The ASCII characters `COMPACT_ROW_ID` allows, asked of the pattern itself one character at a
 * time: the pattern is one class of ASCII characters, repeated, so a text matches it exactly when
 * it is not empty and its every character is one of these.
 */
const ID_CHARACTERS = Uint8Array.from({ length: 128 }, (_, c) =>
  COMPACT_ROW_ID.test(String.fromCharCode(c)) ? 1 : 0,
);

/** `COMPACT_ROW_ID.test` by a table lookup per character: a busy shop's year has 100,000 ids. */
function idCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || ID_CHARACTERS[c] !== 1) return false;
  }
  return text.length > 0;
}

/** The colons of a string cell already checked, for the strict count (`CountedArrays`). */
const colonsOf = (text: string): number => (text.includes(':') ? colonsIn(text) : 0);

/** An integer cell's test: a whole number within its schema's bounds (`z.int` keeps to safe integers). */
function intCell(schema: { minValue: number | null; maxValue: number | null }) {
  const min = schema.minValue ?? Number.MIN_SAFE_INTEGER;
  const max = schema.maxValue ?? Number.MAX_SAFE_INTEGER;
  return (value: unknown): boolean =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** A date cell's test: the date schema itself, asked once per distinct text (a year has 365 days). */
function dateCell(): (value: unknown) => boolean {
  const known = new Map<string, boolean>();
  return (value) => {
    if (typeof value !== 'string') return false;
    let ok = known.get(value);
    if (ok === undefined) {
      ok = CELL.date.safeParse(value).success;
      known.set(value, ok);
    }
    return ok;
  };
}

const isId = stringCell(CELL.id, idCharacters);
const isNote = stringCell(CELL.note);
const isAmount = intCell(CELL.amount);
const isCategoryCode = intCell(CELL.categoryCode);
const isAccountCode = intCell(CELL.accountCode);
const instantPattern: RegExp | undefined = CELL.recordedAt._zod.pattern;
const isInstant = (value: unknown): boolean =>
  typeof value === 'string' && instantPattern !== undefined && instantPattern.test(value);

/** A table `{ columns, rows }` with exactly these columns and at most `max` rows, or null. */
function tableRows(value: unknown, names: readonly string[], max: number): readonly unknown[] | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  if (Object.keys(value).length !== 2 || !Object.hasOwn(value, 'columns') || !Object.hasOwn(value, 'rows'))
    return null;
  const { columns, rows } = value as { columns: unknown; rows: unknown };
  if (!Array.isArray(columns) || columns.length !== names.length) return null;
  if (!columns.every((name, i) => name === names[i])) return null;
  return Array.isArray(rows) && rows.length <= max ? rows : null;
}

/** What the rows of a table the column check accepts hold: their notes' length, and the colons in their strings. */
interface RowsRead {
  notes: number;
  colons: number;
}

/**
 * The rows of a table whose every row the schema accepts and whose codes name a category
 * (`categories` of them; transfers: null) and accounts that `codes` hold, or null at the first that does not.
 */
function readRows(rows: readonly unknown[], categories: number | null, accounts: number): RowsRead | null {
  const isDate = dateCell();
  let notes = 0;
  let colons = 0;
  // Indexed, not destructured: this runs once per row of a busy shop's year.
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (!Array.isArray(row) || row.length !== 8) return null;
    const cells = row as unknown[];
    const id = cells[0];
    const date = cells[1];
    const amount = cells[2];
    const first = cells[3];
    const second = cells[4];
    const recordedAt = cells[5];
    const imported = cells[6];
    const note = cells[7];
    if (!isId(id) || !isDate(date) || !isAmount(amount) || !isInstant(recordedAt)) return null;
    if (typeof imported !== 'boolean' || !isNote(note)) return null;
    const firstOk = categories === null ? isAccountCode(first) : isCategoryCode(first);
    if (!firstOk || !isAccountCode(second)) return null;
    // A code past the end of `codes` names nothing: the schema passes it, expanding it refuses it.
    if ((first as number) >= (categories ?? accounts) || (second as number) >= accounts) return null;
    notes += (note as string).length;
    colons += colonsOf(id as string) + colonsOf(date as string) + colonsOf(recordedAt as string);
    colons += colonsOf(note as string);
  }
  return { notes, colons };
}

/**
 * The row tables of a compact statement the compact schema accepts and every code of whose rows
 * names a category or account (what `readStatementMember` would expand), counted for the strict
 * count as they are read; null for any other (which says only "ask the schema": no fault).
 */
export function acceptedColumns(raw: unknown): CountedArrays | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { entries, transfers, ...head } = raw as Record<string, unknown>;
  const limits = STATEMENT_LIMITS;
  const entryRows = tableRows(entries, ENTRY_COLUMNS, limits.entries);
  const transferRows = tableRows(transfers, TRANSFER_COLUMNS, limits.transfers);
  if (entryRows === null || transferRows === null) return null;
  const parsed = headSchema.safeParse(head);
  if (!parsed.success) return null;
  const { categories, accounts } = parsed.data.codes;
  const entryCells = readRows(entryRows, categories.length, accounts.length);
  const transferCells = entryCells && readRows(transferRows, null, accounts.length);
  if (entryCells === null || transferCells === null) return null;
  if (entryCells.notes + transferCells.notes > STATEMENT_NOTES_MAX_LENGTH) return null;
  return { arrays: [entryRows, transferRows], count: entryCells.colons + transferCells.colons };
}

/**
 * Whether a compact statement is one the compact schema accepts and every code of whose rows names
 * a category or account (see `acceptedColumns`). False says only "ask the schema": it names no
 * fault itself.
 */
export const compactColumnsAccepted = (raw: unknown): raw is CompactStatement =>
  acceptedColumns(raw) !== null;
