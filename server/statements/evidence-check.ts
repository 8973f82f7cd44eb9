import { z } from 'zod';
import { STATEMENT_LIMITS } from '../../src/domain/statement/schema';
import { bookIdSchema } from '../schemas';
import { evidenceSchema, type Evidence, type EvidenceRevision } from './evidence';

const L = STATEMENT_LIMITS;
const MAX_SEQ = 2 ** 31 - 1;
const HASH = /^[0-9a-f]{64}$/;
/** The members an evidence revision may have: `evidenceRevisionSchema`'s shape. */
const REVISION_KEYS: ReadonlySet<string> = new Set([
  ...['bookId', 'seq', 'subjectId', 'action', 'at', 'reason', 'snapshot', 'prevHash'],
]);

/** The evidence around its revisions, each of them left for `isEvidenceRevision`. */
const evidenceShellSchema = z.strictObject({
  bookId: bookIdSchema,
  revisions: z.array(z.unknown()).max(L.entries + L.transfers),
});

/** A string of `min` to `max` UTF-16 units, as `z.string().min().max()` counts them. */
const isText = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'string' && value.length >= min && value.length <= max;

/** An object that is no array, as zod's object and record schemas take one (a parsed JSON object is). */
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A snapshot the record schema takes as it stands: each name at most 100 units. A member named
 * `__proto__`, which the schema drops from its copy, is left to the schema.
 */
function isPlainSnapshot(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key in value) if (key.length > 100 || key === '__proto__') return false;
  return true;
}

/**
 * Whether a parsed JSON value is an evidence revision that `evidenceRevisionSchema` takes
 * unchanged, checked by hand: a hundred thousand of them cost the schema a second. Every bound is
 * the schema's; a value refused here is given to the schema, which names what is wrong.
 */
export function isEvidenceRevision(value: unknown): value is EvidenceRevision {
  if (!isRecord(value)) return false;
  for (const key in value) if (!REVISION_KEYS.has(key)) return false;
  const { bookId, seq, subjectId, action, at, reason, snapshot, prevHash } = value;
  return (
    isText(bookId, 0, 100) &&
    typeof seq === 'number' &&
    Number.isInteger(seq) &&
    seq >= 1 &&
    seq <= MAX_SEQ &&
    isText(subjectId, 1, L.id) &&
    isText(action, 1, 40) &&
    isText(at, 0, 40) &&
    (reason === undefined || isText(reason, 0, 1000)) &&
    isPlainSnapshot(snapshot) &&
    (prevHash === '' || (typeof prevHash === 'string' && HASH.test(prevHash)))
  );
}

/**
 * A parsed `witness` member read as `evidenceSchema` reads it, with the same answer: its envelope by
 * the schema, its revisions by `isEvidenceRevision` (kept as parsed, not copied); when any is
 * refused, the schema's own answer for the whole, with its issues.
 */
export function parseEvidence(witness: unknown): ReturnType<typeof evidenceSchema.safeParse> {
  const shell = evidenceShellSchema.safeParse(witness);
  if (shell.success && shell.data.revisions.every(isEvidenceRevision)) {
    const data: Evidence = { bookId: shell.data.bookId, revisions: shell.data.revisions };
    return { success: true, data };
  }
  return evidenceSchema.safeParse(witness);
}
