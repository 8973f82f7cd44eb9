import type { Queryable } from '../db/database';
import type { Evidence } from './evidence';

/** Milliseconds from the Unix epoch to PostgreSQL's (2000-01-01), where its binary timestamps count from. */
const POSTGRES_EPOCH_MS = Date.UTC(2000, 0, 1);
const HASH_LENGTH = 64;

/** The revisions the server stores of an evidence's book, by seq: their hashes and when each arrived. */
export interface StoredRevisions {
  /** Whether the server stores the revision at `seq` with exactly `hash`. */
  holds(seq: number, hash: string): boolean;
  /** When the revision at `seq` was stored, in milliseconds (a seq `holds` answered for). */
  receivedMs(seq: number): number;
}

/** What no evidence, a book the member does not hold or an evidence with no revisions proves: nothing. */
const NO_REVISIONS: StoredRevisions = { holds: () => false, receivedMs: () => Number.NaN };

/**
 * The revisions the server stores of the evidence's book, if it is the member's (none without
 * evidence), from the lowest seq the evidence shows to the highest: one index range read answered
 * as three values (the seqs as big-endian int4, the hashes as one text, the arrival times in
 * PostgreSQL's binary form), so a hundred thousand revisions are neither as many rows nor as many
 * joins and time conversions in the database; the evidence is matched against them here. Only
 * stored hashes of 64 characters (all that a push takes) are read, so each has its own place in
 * the text.
 */
export async function storedRevisions(
  db: Queryable,
  memberNumber: string,
  evidence: Evidence | null,
): Promise<StoredRevisions> {
  if (evidence === null) return NO_REVISIONS;
  let from = Infinity;
  let to = -Infinity;
  for (const { seq } of evidence.revisions) {
    if (seq < from) from = seq;
    if (seq > to) to = seq;
  }
  if (from > to) return NO_REVISIONS;
  const [row] = await db.query<{
    seqs: Uint8Array | null;
    hashes: string | null;
    received: Uint8Array | null;
  }>(
    `SELECT string_agg(int4send(r.seq), ''::bytea) AS seqs,
            string_agg(r.hash, '') AS hashes,
            string_agg(timestamptz_send(r.received_at), ''::bytea) AS received
       FROM books b
       JOIN revisions r ON r.book_id = b.book_id
      WHERE b.book_id = $1 AND b.member_number = $2 AND r.seq BETWEEN $3 AND $4 AND length(r.hash) = ${HASH_LENGTH}`,
    [evidence.bookId, memberNumber, from, to],
  );
  if (!row?.seqs || row.hashes === null || !row.received) return NO_REVISIONS;
  const seqs = new DataView(row.seqs.buffer, row.seqs.byteOffset, row.seqs.byteLength);
  const received = new DataView(row.received.buffer, row.received.byteOffset, row.received.byteLength);
  const hashes = row.hashes;
  // The place of each stored seq in the three answers (a map: the evidence may name any seqs).
  const places = new Map<number, number>();
  for (let place = 0; place * 4 < seqs.byteLength; place += 1) places.set(seqs.getInt32(place * 4), place);
  return {
    holds(seq, hash) {
      const place = places.get(seq);
      return (
        place !== undefined && hash.length === HASH_LENGTH && hashes.startsWith(hash, place * HASH_LENGTH)
      );
    },
    receivedMs(seq) {
      const place = places.get(seq);
      if (place === undefined) return Number.NaN;
      // Microseconds since 2000-01-01 UTC, as PostgreSQL stores a timestamptz.
      const micros = Number(received.getBigInt64(place * 8));
      return POSTGRES_EPOCH_MS + Math.floor(micros / 1000);
    },
  };
}
