import { nodeSha256Hex } from '../native-hash';
import type { EvidenceClaim, ReceivedEvidence } from './evidence';
import { parseEvidence } from './evidence-check';
import { readWitnessText } from './evidence-lines';
import { MATCHED_MEMBERS } from './snapshot-match';

/**
 * A `witness` text in the app's layout as the report reads it: what it reads of each revision and
 * the hash of each revision's line; `valid: false` when it is strict JSON of another shape than an
 * evidence's, null when it is not in the app's layout, read strictly (for the caller to read whole).
 */
export type LaidOutEvidence =
  { valid: true; evidence: Extract<ReceivedEvidence, { hashes: string }> } | { valid: false } | null;

/** What the report reads of a snapshot: the members a record is matched on, the rest left out. */
function matchedPart(snapshot: Record<string, unknown>): Record<string, unknown> {
  const part: Record<string, unknown> = {};
  for (const member of MATCHED_MEMBERS) part[member] = snapshot[member];
  return part;
}

/**
 * Reads and hashes a `witness` text in the app's layout, keeping only what the report reads of
 * it: small enough to cross to another thread, so the evidence thread can do this while the
 * envelope is verified.
 */
export function laidOutClaims(text: string): LaidOutEvidence {
  const read = readWitnessText(text);
  if (!read.ok || read.texts === undefined) return null;
  const evidence = parseEvidence(read.value);
  if (!evidence.success) return { valid: false };
  const revisions: EvidenceClaim[] = evidence.data.revisions.map((revision) => ({
    bookId: revision.bookId,
    seq: revision.seq,
    subjectId: revision.subjectId,
    snapshot: matchedPart(revision.snapshot),
  }));
  const hashes = read.texts.map(nodeSha256Hex).join('');
  return { valid: true, evidence: { bookId: evidence.data.bookId, revisions, hashes } };
}
