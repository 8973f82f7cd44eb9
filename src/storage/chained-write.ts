import type { Table } from 'dexie';
import type { Id, Revision } from '../domain/model';
import { chainRevisions, type RevisionDraft } from '../domain/revisions';
import type { LumbungDb } from './db';
import { problem, type StorageProblem } from './errors';
import { chainTip, expectChainTip } from './revisions';

/** The longest reason an edit or a void may give. */
export const REASON_MAX_LENGTH = 200;

/** Problems with the reason for an edit (optional) or a void (required). */
export function reasonProblems(reason: string | undefined, required: boolean): StorageProblem[] {
  const trimmed = reason?.trim() ?? '';
  if (required && trimmed === '') return [problem('revision.reasonRequired')];
  if (trimmed.length > REASON_MAX_LENGTH)
    return [problem('revision.reasonTooLong', { max: REASON_MAX_LENGTH })];
  return [];
}

/**
 * Links revision drafts onto the book's chain (hashing happens here, before any transaction), then
 * opens one read-write transaction over the revisions and `tables`, checks that the chain has not
 * moved since, adds the revisions and runs `write`. A moved chain throws `StaleReadError`, which
 * `retryOnStale` answers by running the whole verb again.
 */
export async function writeWithRevisions(
  db: LumbungDb,
  bookId: Id,
  drafts: readonly RevisionDraft[],
  tables: readonly Table[],
  write: () => Promise<void>,
): Promise<Revision[]> {
  const tip = await chainTip(db, bookId);
  const revisions = await chainRevisions(tip, drafts);
  await db.transaction('rw', [db.revisions, ...tables], async () => {
    await expectChainTip(db, bookId, tip);
    await write();
    await db.revisions.bulkAdd(revisions);
  });
  return revisions;
}
