import { canonicalJson } from '../canonical';

/** A cell of a compact row: what `JSON.stringify` writes exactly as RFC 8785 does. */
const isPlainCell = (cell: unknown): boolean =>
  typeof cell === 'string' ||
  typeof cell === 'boolean' ||
  (typeof cell === 'number' && Number.isFinite(cell));

/** Whether every row is an array of plain cells (strings, finite numbers, booleans). */
function plainRows(rows: unknown): rows is readonly unknown[][] {
  if (!Array.isArray(rows)) return false;
  for (const row of rows) {
    if (!Array.isArray(row)) return false;
    for (const cell of row) if (!isPlainCell(cell)) return false;
  }
  return true;
}

/**
 * The rows of a table `{ columns, rows }` whose rows are plain (or, when `checked`, any list of rows:
 * the caller checks their every cell itself), or null for anything else.
 */
function tableRows(value: unknown, checked: boolean): readonly unknown[][] | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  if (keys.length !== 2 || !('columns' in value) || !('rows' in value)) return null;
  const { rows } = value;
  return (checked ? Array.isArray(rows) : plainRows(rows)) ? (rows as unknown[][]) : null;
}

/**
 * The member names of rows that are flat plain objects (each value a plain cell, or undefined as an
 * absent member), sorted by UTF-16 units as RFC 8785 orders them; null for anything else.
 */
function flatRowKeys(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const keys = new Set<string>();
  for (const row of value as unknown[]) {
    if (typeof row !== 'object' || row === null || Object.getPrototypeOf(row) !== Object.prototype)
      return null;
    const record = row as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const cell = record[key];
      if (cell !== undefined && !isPlainCell(cell)) return null;
      if (keys.has(key)) continue;
      // A row without such a member would have JSON.stringify read the inherited one.
      if (key in Object.prototype) return null;
      keys.add(key);
    }
    // canonicalize writes an object with a `toJSON` member as JSON.stringify does, unsorted.
    if (record.toJSON != null) return null;
  }
  return [...keys].sort();
}

/**
 * The canonical text of a member's value. A list of flat rows (entries, settlements, months…) is
 * written in one native pass: `JSON.stringify` with the rows' sorted member names as its list writes
 * each row's members in that order and leaves undefined ones out, and writes strings, finite
 * numbers and booleans as RFC 8785 does.
 */
function canonicalMember(value: unknown): string {
  const keys = flatRowKeys(value);
  return keys === null ? canonicalJson(value) : JSON.stringify(value, keys);
}

/** A row table of a statement: the member it is under, and its rows (plain, unless `rowsChecked`). */
export interface PlainTable {
  key: string;
  rows: readonly unknown[][];
}

/**
 * A statement's canonical text in pieces: `texts` around the rows of each plain table, so that
 * `texts[0] + rows(tables[0]) + texts[1] + … + texts[n]` is the whole, where a table's rows are
 * written as `JSON.stringify` writes them.
 */
export interface CanonicalPieces {
  texts: string[];
  tables: PlainTable[];
}

/**
 * The canonical text of a statement as a file holds it, cut around its plain row tables. With
 * `rowsChecked`, around every row table: for a caller that writes the rows itself and refuses any
 * it cannot write canonically (the signed bytes cut from a file), so their cells are not read here.
 */
export function canonicalStatementPieces(statement: unknown, rowsChecked = false): CanonicalPieces {
  if (typeof statement !== 'object' || statement === null || Array.isArray(statement))
    return { texts: [canonicalJson(statement)], tables: [] };
  const record = statement as Record<string, unknown>;
  const texts: string[] = [];
  const tables: PlainTable[] = [];
  let text = '{';
  for (const key of Object.keys(record).sort()) {
    const value = record[key];
    if (value === undefined) continue;
    text += `${text === '{' ? '' : ','}${JSON.stringify(key)}:`;
    const rows = key === 'entries' || key === 'transfers' ? tableRows(value, rowsChecked) : null;
    if (rows === null) {
      text += canonicalMember(value);
      continue;
    }
    // RFC 8785 writes strings, finite numbers and booleans as JSON.stringify does, arrays without
    // spaces, and orders keys by UTF-16 units ("columns" before "rows").
    texts.push(`${text}{"columns":${canonicalJson((value as { columns: unknown }).columns)},"rows":`);
    tables.push({ key, rows });
    text = '}';
  }
  texts.push(`${text}}`);
  return { texts, tables };
}

/**
 * The RFC 8785 canonical text of a statement as a file holds it, the same as `canonicalJson`'s,
 * written faster for the compact form: its row tables in one native pass instead of value by value.
 */
export function canonicalStatementJson(statement: unknown): string {
  const { texts, tables } = canonicalStatementPieces(statement);
  let text = texts[0] as string;
  tables.forEach((table, i) => (text += JSON.stringify(table.rows) + (texts[i + 1] as string)));
  return text;
}
