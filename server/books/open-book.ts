import { CLAIM_PROOF_CTE, claimParams, judgeClaim, type Device } from '../auth/device';
import type { ProvenKey } from '../auth/dpop';
import type { Queryable } from '../db/database';
import { ApiError } from '../errors';

/** A pushed-to book as the push finds it, locked until the push's transaction ends. */
export interface OpenedBook {
  memberNumber: string;
  tipSeq: number;
  tipHash: string | null;
  /** Whether this push created the book (its first push): a refusal then removes it again. */
  created: boolean;
}

interface ClaimRow {
  fresh: boolean;
  member_number: string | null;
  book_member: string | null;
  tip_seq: number | null;
  tip_hash: string | null;
  created: boolean | null;
}

/**
 * Claims the proof, finds its device and opens the book in one statement: the book is created
 * under the device's member on its first push, or its row locked, but only when the proof is fresh
 * and the device enrolled, so a refused device touches no book. Answers the device and the book,
 * or the refusal of the device.
 */
export async function claimProofAndBook(
  tx: Queryable,
  key: ProvenKey,
  bookId: string,
): Promise<{ device: Device; book: OpenedBook } | ApiError> {
  const [row] = await tx.query<ClaimRow>(
    `${CLAIM_PROOF_CTE},
     book AS (INSERT INTO books (book_id, member_number)
         SELECT $4, member_number FROM device WHERE EXISTS (SELECT 1 FROM proof)
       ON CONFLICT (book_id) DO UPDATE SET book_id = EXCLUDED.book_id
       RETURNING member_number, tip_seq, tip_hash, xmax = 0 AS created)
     SELECT EXISTS (SELECT 1 FROM proof) AS fresh, (SELECT member_number FROM device) AS member_number,
       (SELECT count(*) FROM seen) AS seen, book.member_number AS book_member, book.tip_seq,
       book.tip_hash, book.created
       FROM (SELECT 1) AS one LEFT JOIN book ON true`,
    [...claimParams(key), bookId],
  );
  const device = judgeClaim(key, row);
  if (device instanceof ApiError) return device;
  // A fresh proof of an enrolled device always opens the book (inserted or locked).
  if (row?.book_member == null || row.tip_seq === null) throw new Error('the pushed book was not opened');
  return {
    device,
    book: {
      memberNumber: row.book_member,
      tipSeq: row.tip_seq,
      tipHash: row.tip_hash,
      created: row.created === true,
    },
  };
}
