import type { Table } from 'dexie';
import type { Id, Revision } from '../domain/model';
import { chainRevisions, type RevisionDraft } from '../domain/revisions';
import type { LumbungDb } from './db';
import { chainTip, expectChainTip, type ChainTip } from './revisions';
import { withRollupTables } from './rollups';
import { forget } from './save-ahead';

/**
 * Links revision drafts onto the book's chain (hashing happens here, before any transaction), then
 * opens one read-write transaction over the revisions and `tables` (with every rollup derived from
 * the daily ones among them), checks that the chain has not moved since, adds the revisions and
 * runs `write`. A moved chain throws `StaleReadError`, which `retryOnStale` answers by running the
 * whole verb again. A verb that already read the chain's tip (with its other reads) passes it in.
 */
export async function writeWithRevisions(
  db: LumbungDb,
  bookId: Id,
  drafts: readonly RevisionDraft[],
  tables: readonly Table[],
  write: () => Promise<void>,
  known?: { tip: ChainTip },
): Promise<Revision[]> {
  const tip = known ? known.tip : await chainTip(db, bookId);
  const revisions = chainRevisions(tip, drafts);
  await db.transaction('rw', [db.revisions, ...withRollupTables(db, tables)], async () => {
    // Issued together, so the save waits on few round trips. The chain check is requested first,
    // so when the chain moved its StaleReadError arrives before anything else and aborts it all.
    await Promise.all([expectChainTip(db, bookId, tip), write(), db.revisions.bulkAdd(revisions)]);
  });
  // The chain moved: what this tab remembered for its next save is out of date.
  forget(db, bookId);
  return revisions;
}
