import type { z } from '../zod';
import type { Problem } from '../result';
import { expandStatement } from './compact';
import { compactColumnsAccepted } from './compact-columns';
import { compactStatementSchema, type CompactStatement } from './compact-schema';
import { statementOfColumns } from './rows-on-read';
import { statementSchema, type Statement } from './schema';
import { isCompact } from './written';

/** The statement of an envelope, and the form it was signed in (what its signature covers). */
export interface ReadMember {
  statement: Statement;
  /** The `statement` member as validated: the full form, or the compact form it was expanded from. */
  signed: unknown;
}

/** The schema's issues as problems of an unreadable statement, at most `max`. */
const schemaProblems = (issues: readonly { path: PropertyKey[]; code: string }[], max: number): Problem[] =>
  issues.slice(0, max).map((issue) => ({
    code: 'schema.invalid',
    params: { path: ['statement', ...issue.path.map(String)].join('.'), issue: issue.code },
  }));

/**
 * Reads an envelope's `statement` member in either form (full, or compact: its entries a table),
 * or lists at most `max` problems that make it unreadable. `columnsAccepted`: the member whose
 * tables the column check (`acceptedColumns`) accepted already, if any.
 */
export function readStatementMember(
  raw: unknown,
  max: number,
  schema: z.ZodType<Statement> = statementSchema,
  columnsAccepted: unknown = null,
): ReadMember | Problem[] {
  if (!isCompact(raw)) {
    const parsed = schema.safeParse(raw);
    return parsed.success
      ? { statement: parsed.data, signed: parsed.data }
      : schemaProblems(parsed.error.issues, max);
  }
  // Only the `/1` format has a compact form: a `/2` statement is always written in full.
  if (schema !== statementSchema)
    return [{ code: 'schema.invalid', params: { path: 'statement.entries', issue: 'invalid_type' } }];
  // A busy shop's tables are checked column by column (their rows made objects only when read);
  // anything that check does not accept is read by the schema, which names its faults.
  // The file's reader may have run that check already (`columnsAccepted` is then this very member).
  if (columnsAccepted === raw || compactColumnsAccepted(raw))
    return { statement: statementOfColumns(raw as CompactStatement), signed: raw };
  return readCompactBySchema(raw, max);
}

/** A compact `statement` member read by its schema alone, value by value (the plain path), or at most `max` problems. */
export function readCompactBySchema(raw: unknown, max: number): ReadMember | Problem[] {
  const parsed = compactStatementSchema.safeParse(raw);
  if (!parsed.success) return schemaProblems(parsed.error.issues, max);
  const expanded = expandStatement(parsed.data);
  return 'code' in expanded ? [expanded] : { statement: expanded, signed: parsed.data };
}
