import { compactStatement } from './compact';
import { compactStatementSchema, type CompactStatement } from './compact-schema';
import { isCreditStatement } from './credit-schema';
import type { Statement, StatementFile } from './schema';

/**
 * From how many rows on a statement is written in its compact form. Past a few rows the compact
 * form is always the smaller (each row saves its member names, the tables add each name once);
 * below this many the full form, which reads row by row in any text viewer, costs under 200 KB.
 */
export const COMPACT_FROM_ROWS = 500;

/** The forms already chosen: signing and writing a statement ask for its form in turn. */
const chosen = new WeakMap<Statement, Statement | CompactStatement>();

/** The form a statement is written and signed in: compact for a busy book, else the full form. */
export function writtenStatement(statement: Statement): Statement | CompactStatement {
  // The compact form carries `/1` rows only: a `/2` statement (debts, stock) is written in full.
  if (isCreditStatement(statement)) return statement;
  if (statement.entries.length + statement.transfers.length < COMPACT_FROM_ROWS) return statement;
  const known = chosen.get(statement);
  if (known) return known;
  const compact = compactStatement(statement);
  // A row the compact form cannot carry (an id of other characters) keeps the full form.
  const form = compactStatementSchema.safeParse(compact).success ? compact : statement;
  chosen.set(statement, form);
  return form;
}

/** Whether a statement as a file holds it is in the compact form (its entries a table, not a list). */
export const isCompact = (statement: unknown): boolean =>
  typeof statement === 'object' &&
  statement !== null &&
  'entries' in statement &&
  typeof statement.entries === 'object' &&
  statement.entries !== null &&
  !Array.isArray(statement.entries);

/** A placeholder a table's rows stand in for while the rest is indented (a NUL never occurs in JSON). */
const placeholder = (table: string) => `\u0000rows:${table}`;

/** A table's rows, one a line, indented under `rows`. */
function rowLines(rows: readonly unknown[]): string {
  if (rows.length === 0) return '[]';
  return `[\n${rows.map((row) => `        ${JSON.stringify(row)}`).join(',\n')}\n      ]`;
}

/**
 * The text of a statement file: indented JSON, the statement in the form it was signed in. A
 * compact statement's rows are written one a line, not one value a line.
 */
export function writeStatementFile(file: StatementFile): string {
  const written = writtenStatement(file.statement);
  if (!('codes' in written)) return `${JSON.stringify(file, null, 2)}\n`;
  const shaped = {
    ...written,
    entries: { ...written.entries, rows: placeholder('entries') },
    transfers: { ...written.transfers, rows: placeholder('transfers') },
  };
  const text = JSON.stringify({ ...file, statement: shaped }, null, 2);
  return `${text
    .replace(JSON.stringify(placeholder('entries')), () => rowLines(written.entries.rows))
    .replace(JSON.stringify(placeholder('transfers')), () => rowLines(written.transfers.rows))}\n`;
}
