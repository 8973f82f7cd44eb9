import type { CategoryKind } from '../kinds';
import type { Problem } from '../result';
import { expandEntryRows, expandTransferRows } from './compact';
import type { CompactStatement } from './compact-schema';
import type { Statement, StatementEntry } from './schema';

// A busy shop's compact statement holds 100,000 rows, and a check that finds nothing wrong reads
// them only from their columns: making an object of every row, for a screen that shows the first
// few hundred, was a large part of the check and most of its garbage. A statement read by the
// column path therefore expands its `entries` and `transfers` the first time either is read (then
// they are plain properties); until then a screen asks here for counts, first rows and the few
// rows of chosen kinds, taken from the columns.

/** The tables of a statement that a compact form writes as rows. */
export type CompactTable = 'entries' | 'transfers';

/** The compact form of each statement whose rows have not been read yet. */
const unread = new WeakMap<Statement, CompactStatement>();

/** Rows whose codes were checked before (`compactColumnsAccepted`): a problem here is a broken promise. */
function expanded<T>(rows: T[] | Problem): T[] {
  if (!Array.isArray(rows)) throw new Error(`rows expanded unchecked: ${rows.code}`);
  return rows;
}

/** The table's rows as objects, from the compact form. */
const expandTable = (compact: CompactStatement, table: CompactTable, count?: number) =>
  table === 'entries'
    ? expanded(expandEntryRows(compact.entries.rows.slice(0, count), compact.codes))
    : expanded(expandTransferRows(compact.transfers.rows.slice(0, count), compact.codes.accounts));

/** Makes `key` of `target` the value `make` gives when first read (or what is first written), then a plain property. */
function onFirstRead(target: object, key: string, make: () => unknown): void {
  const settle = (value: unknown) => {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => settle(make()),
    set: (value: unknown) => void settle(value),
  });
}

/**
 * The statement a compact form stands for, as `expandStatement` makes it, its rows expanded when
 * first read. Only for a compact form whose every code names a category or account it holds.
 */
export function statementOfColumns(compact: CompactStatement): Statement {
  // Every field of the compact form but its codes and tables, in its order; the tables come last.
  const statement = {} as Statement;
  for (const key of Object.keys(compact))
    if (key !== 'codes' && key !== 'entries' && key !== 'transfers')
      (statement as unknown as Record<string, unknown>)[key] = (
        compact as unknown as Record<string, unknown>
      )[key];
  for (const table of ['entries', 'transfers'] as const)
    onFirstRead(statement, table, () => expandTable(compact, table));
  unread.set(statement, compact);
  return statement;
}

/** The compact form a statement's table is still to be expanded from, or null when it is plain. */
function unreadForm(statement: Statement, table: CompactTable): CompactStatement | null {
  const compact = unread.get(statement);
  return compact !== undefined && Object.getOwnPropertyDescriptor(statement, table)?.get !== undefined
    ? compact
    : null;
}

/** How many rows a table of a statement holds, without expanding them. */
export function rowCount(statement: Statement, table: CompactTable): number {
  const compact = unreadForm(statement, table);
  return compact === null ? statement[table].length : compact[table].rows.length;
}

/** The first `count` rows of a table of a statement, without expanding the others. */
export function firstRowsOf(statement: Statement, table: CompactTable, count: number): readonly unknown[] {
  const compact = unreadForm(statement, table);
  return compact === null ? statement[table].slice(0, count) : expandTable(compact, table, count);
}

/** The entries of a statement whose kind is one of `kinds`, in order, without expanding the others. */
export function entriesOfKinds(statement: Statement, kinds: ReadonlySet<CategoryKind>): StatementEntry[] {
  const compact = unreadForm(statement, 'entries');
  if (compact === null) return statement.entries.filter((e) => kinds.has(e.kind));
  const { categories } = compact.codes;
  const wanted = categories.map((c) => kinds.has(c.kind));
  const rows = compact.entries.rows.filter((row) => wanted[row[3]] === true);
  return expanded(expandEntryRows(rows, compact.codes));
}
