import { MAX_STATEMENT_BYTES, megabytes } from '../limits';
import { utf8 } from '../platform';
import type { Problem } from '../result';
import type { Statement } from './schema';
import { COMPACT_ROW_ID } from './compact-schema';
import { COMPACT_FROM_ROWS } from './written';

/** What the envelope adds to a statement's JSON at most: format, signature, key, handovers, QR value. */
const ENVELOPE_BYTES = 8 * 1024;

/**
 * Why a busy book's statement cannot be made, or null when it can: the compact form keeps every
 * statement within the format's limit, but a book whose rows the compact form cannot carry (ids
 * of other characters) is written in full, and that may be larger than any officer's check reads.
 * Judged by the rows' ids alone (what the compact form refuses of a valid statement), without
 * writing the compact form: that is chosen once, when the statement is signed.
 */
export function fullFormProblem(statement: Statement, max: number = MAX_STATEMENT_BYTES): Problem | null {
  const rows = statement.entries.length + statement.transfers.length;
  if (rows < COMPACT_FROM_ROWS) return null;
  const compactable = (row: { id: string }) => COMPACT_ROW_ID.test(row.id);
  if (statement.entries.every(compactable) && statement.transfers.every(compactable)) return null;
  // Measured as written (indented), only on this rare path: a full form of this size is slow to write anyway.
  const size = utf8(JSON.stringify(statement, null, 2)).length + ENVELOPE_BYTES;
  return size <= max
    ? null
    : { code: 'statement.tooLarge', params: { size: megabytes(size), max: megabytes(max), rows } };
}
