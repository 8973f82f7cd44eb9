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

/** The canonical text of a table `{ columns, rows }` whose rows are plain, or null for anything else. */
function tableJson(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  if (keys.length !== 2 || !('columns' in value) || !('rows' in value) || !plainRows(value.rows)) return null;
  // RFC 8785 writes strings, finite numbers and booleans as JSON.stringify does, arrays without
  // spaces, and orders keys by UTF-16 units ("columns" before "rows"): one native call per table.
  return `{"columns":${canonicalJson(value.columns)},"rows":${JSON.stringify(value.rows)}}`;
}

/**
 * The RFC 8785 canonical text of a statement as a file holds it, the same as `canonicalJson`'s,
 * written faster for the compact form: its row tables in one native pass instead of value by value.
 */
export function canonicalStatementJson(statement: unknown): string {
  if (typeof statement !== 'object' || statement === null || Array.isArray(statement))
    return canonicalJson(statement);
  const record = statement as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const value = record[key];
    if (value === undefined) continue;
    const table = key === 'entries' || key === 'transfers' ? tableJson(value) : null;
    members.push(`${JSON.stringify(key)}:${table ?? canonicalJson(value)}`);
  }
  return `{${members.join(',')}}`;
}
