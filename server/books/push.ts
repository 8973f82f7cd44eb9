import type { Queryable } from '../db/database';
import { ApiError } from '../errors';
import type { ProvenKey } from '../auth/dpop';
import { planAppend } from './chain';
import { claimProofAndBook } from './open-book';
import type { PushedRevision } from './push-schema';
import type { ReceiptClaims } from './receipt';

/**
 * Inserts revisions and moves the book's tip in one statement (at most 500 rows, 4 parameters
 * each); answers when the new tip was stored.
 */
async function appendRevisions(tx: Queryable, bookId: string, revisions: readonly PushedRevision[]) {
  const params: unknown[] = [bookId];
  const rows = revisions.map((revision) => {
    params.push(revision.seq, revision.prevHash, revision.hash, revision.ciphertext);
    const n = params.length;
    return `($1, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
  });
  const tip = revisions[revisions.length - 1];
  params.push(tip?.seq, tip?.hash);
  const [row] = await tx.query<{ received_at: Date }>(
    `WITH added AS (
       INSERT INTO revisions (book_id, seq, prev_hash, hash, ciphertext) VALUES ${rows.join(', ')}
       RETURNING received_at)
     UPDATE books SET tip_seq = $${params.length - 1}, tip_hash = $${params.length}, updated_at = now()
      WHERE book_id = $1 RETURNING (SELECT max(received_at) FROM added) AS received_at`,
    params,
  );
  return row?.received_at;
}

/**
 * Stores a push in one transaction, all or nothing, and claims its proof in the same transaction:
 * the device is judged first (401), then the book is created under the device's member on its
 * first push (404 when the book is another member's), the chain rules are checked, the repeated
 * prefix is skipped and the rest appended. A refusal writes nothing but the proof's id. Returns
 * the tip after the push and when it was first stored, or the refusal.
 */
export async function storePush(
  tx: Queryable,
  key: ProvenKey,
  bookId: string,
  revisions: readonly PushedRevision[],
): Promise<ReceiptClaims | ApiError> {
  const opened = await claimProofAndBook(tx, key, bookId);
  if (opened instanceof ApiError) return opened;
  const { device, book } = opened;
  if (book.memberNumber !== device.memberNumber) return new ApiError(404, 'book.notFound');
  const first = revisions[0]?.seq ?? 1;
  const last = revisions[revisions.length - 1]?.seq ?? 0;
  // Only a retry repeats stored seqs; a push that continues the tip reads nothing more.
  const stored =
    first > book.tipSeq
      ? []
      : await tx.query<{ seq: number; hash: string }>(
          'SELECT seq, hash FROM revisions WHERE book_id = $1 AND seq BETWEEN $2 AND $3',
          [bookId, first, Math.min(last, book.tipSeq)],
        );
  const plan = planAppend(
    {
      tipSeq: book.tipSeq,
      tipHash: book.tipHash,
      repeated: new Map(stored.map((row) => [row.seq, row.hash])),
    },
    revisions,
  );
  if (!plan.ok) {
    // The book this refused first push created goes again; the proof's id stays recorded.
    if (book.created) await tx.query('DELETE FROM books WHERE book_id = $1', [bookId]);
    return new ApiError(plan.refusal === 'chain.invalid' ? 400 : 409, plan.refusal);
  }
  const tip = plan.append[plan.append.length - 1];
  if (tip !== undefined) {
    const receivedAt = await appendRevisions(tx, bookId, plan.append);
    if (receivedAt !== undefined)
      return { book: bookId, seq: tip.seq, hash: tip.hash, receivedAt: new Date(receivedAt).toISOString() };
  }
  const [stamp] = await tx.query<{ seq: number; hash: string; received_at: Date }>(
    `SELECT r.seq, r.hash, r.received_at FROM books b JOIN revisions r ON r.book_id = b.book_id AND r.seq = b.tip_seq
      WHERE b.book_id = $1`,
    [bookId],
  );
  // A book is only kept with a tip: a first push that stores nothing is refused and its book removed.
  if (stamp === undefined) return new ApiError(404, 'book.notFound');
  return {
    book: bookId,
    seq: stamp.seq,
    hash: stamp.hash,
    receivedAt: new Date(stamp.received_at).toISOString(),
  };
}
