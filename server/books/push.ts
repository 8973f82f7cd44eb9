import type { ProvenKey } from '../auth/dpop';
import type { Queryable } from '../db/database';
import { ApiError } from '../errors';
import type { ErrorCode } from '../messages';
import type { PushedRevision } from './push-schema';
import type { ReceiptClaims } from './receipt';

/** Why `push_revisions` refused a push, and the status each is answered with. */
const REFUSALS = {
  'dpop.invalid': 401,
  'device.unknown': 401,
  'book.notFound': 404,
  'chain.gap': 409,
  'chain.fork': 409,
  'chain.mismatch': 409,
} as const satisfies Partial<Record<ErrorCode, number>>;

const isRefusal = (code: string): code is keyof typeof REFUSALS => Object.hasOwn(REFUSALS, code);

interface PushRow {
  refusal: string | null;
  pushed_tip_seq: number | null;
  pushed_tip_hash: string | null;
  stored_at: Date | string | null;
}

// Every push runs it: parsed once per connection, its ciphertexts bound as bytes.
const PUSH_STATEMENT = {
  name: 'push_revisions',
  text: 'SELECT * FROM push_revisions($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
};

/** The revisions of a push as the columns `push_revisions` takes: its ciphertexts as one bytea, cut by 1-based starts and lengths. */
function pushColumns(revisions: readonly PushedRevision[]) {
  const starts: number[] = [];
  let start = 1;
  for (const revision of revisions) {
    starts.push(start);
    start += revision.ciphertext.length;
  }
  return [
    revisions.map((revision) => revision.seq),
    revisions.map((revision) => revision.prevHash),
    revisions.map((revision) => revision.hash),
    Buffer.concat(revisions.map((revision) => revision.ciphertext)),
    starts,
    revisions.map((revision) => revision.ciphertext.length),
  ];
}

/**
 * Stores a push, linked in order, in one statement and so one transaction, all or nothing
 * (`push_revisions`, migrations 005 and 007): the proof's id is recorded and the device judged first (401),
 * then the book is created under the device's member on its first push (404 when the book is
 * another member's), the chain rules are checked, the repeated prefix is skipped and the rest
 * appended. A refusal writes nothing but the proof's id. Returns the tip after the push and when
 * it was first stored, or the refusal.
 */
export async function storePush(
  db: Queryable,
  key: ProvenKey,
  bookId: string,
  revisions: readonly PushedRevision[],
): Promise<ReceiptClaims | ApiError> {
  const [row] = await db.queryNamed<PushRow>(PUSH_STATEMENT, [
    key.thumbprint,
    key.replay?.jti,
    key.replay?.expiresAt,
    bookId,
    ...pushColumns(revisions),
  ]);
  if (row?.refusal != null) {
    if (!isRefusal(row.refusal))
      throw new Error(`push_revisions answered an unknown refusal: ${row.refusal}`);
    return new ApiError(REFUSALS[row.refusal], row.refusal);
  }
  // A book is only kept with a tip: a first push that stores nothing is refused and its book removed.
  if (row?.pushed_tip_seq == null || row.pushed_tip_hash === null || row.stored_at === null)
    return new ApiError(404, 'book.notFound');
  return {
    book: bookId,
    seq: row.pushed_tip_seq,
    hash: row.pushed_tip_hash,
    receivedAt: new Date(row.stored_at).toISOString(),
  };
}
