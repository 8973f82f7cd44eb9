import { Dexie } from 'dexie';
import type { Id, Revision } from '../domain/model';
import { verifyChain, type ChainBreak } from '../domain/revisions';
import { coreTransaction } from './core-writes';
import type { LumbungDb } from './db';
import { coreRange, keyRead } from './range-reads';
import { expectUnchanged } from './retry';

/** Where a book's chain ends: what the next revision links to. */
export type ChainTip = Pick<Revision, 'seq' | 'hash'> | undefined;

const bookRange = (db: LumbungDb, bookId: Id) =>
  db.revisions.where('[bookId+seq]').between([bookId, Dexie.minKey], [bookId, Dexie.maxKey]);

/** The book's last revision (seq and hash), or undefined when it has none yet. */
export async function chainTip(db: LumbungDb, bookId: Id): Promise<ChainTip> {
  const last = await bookRange(db, bookId).last();
  return last ? { seq: last.seq, hash: last.hash } : undefined;
}

/**
 * Inside a write transaction: aborts (to retry) when the chain no longer ends where it did: the
 * expected tip is gone or changed, or a revision follows it. One request, a getAll of at most two
 * rows from the tip on (rather than a reverse cursor, or a point read each), straight to Dexie's
 * core (`coreRange`), since every save pays for this check.
 */
export function expectChainTip(db: LumbungDb, bookId: Id, expected: ChainTip): Promise<void> {
  const seq = expected?.seq ?? 0;
  const reading = coreRange(coreTransaction(), keyRead(db.revisions, [bookId, seq], [bookId]), 2);
  return reading.then((rows) => {
    const at = rows.find((r) => r.seq === seq);
    const found: ChainTip = at && { seq: at.seq, hash: at.hash };
    expectUnchanged(
      { tip: expected, next: false },
      { tip: found, next: rows.some((r) => r.seq > seq) },
      `revisions of book ${bookId}`,
    );
  });
}

/** Every revision of a book, in chain order. */
export const bookRevisions = (db: LumbungDb, bookId: Id): Promise<Revision[]> =>
  bookRange(db, bookId).toArray();

/** Checks a book's stored history: every break in its hash chain (none when it is intact). */
export async function verifyBookChain(db: LumbungDb, bookId: Id): Promise<ChainBreak[]> {
  return verifyChain(bookId, await bookRevisions(db, bookId));
}

/** The history of one entry or transfer, oldest first. */
export async function entryHistory(db: LumbungDb, subjectId: Id): Promise<Revision[]> {
  const revisions = await db.revisions.where('subjectId').equals(subjectId).toArray();
  return revisions.sort((a, b) => a.seq - b.seq);
}
