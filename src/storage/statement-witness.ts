import { coveringReceipts } from '../domain/sync/covering-receipts';
import type { Id, Revision } from '../domain/model';
import type { LumbungDb } from './db';
import { bookReceipts, syncReceiptsTable, type StoredReceipt } from './sync-links';

/** What backs a statement's records on the server: the revisions that last recorded them, and the receipts that cover those. */
export interface StatementWitness {
  /** For each listed record, its latest revision (the one that left it as listed), in seq order. */
  revisions: Revision[];
  /** The book's stored receipts that cover those revisions. */
  receipts: StoredReceipt[];
}

/** Reads, in one transaction, the latest revision of each record and the receipts that cover them. */
export async function statementWitness(
  db: LumbungDb,
  bookId: Id,
  recordIds: readonly Id[],
): Promise<StatementWitness> {
  return db.transaction('r', [db.revisions, syncReceiptsTable(db)], async () => {
    const all = await db.revisions
      .where('subjectId')
      .anyOf([...recordIds])
      .toArray();
    const latest = new Map<Id, Revision>();
    for (const revision of all) {
      if (revision.bookId !== bookId) continue;
      const kept = latest.get(revision.subjectId);
      if (!kept || revision.seq > kept.seq) latest.set(revision.subjectId, revision);
    }
    const revisions = [...latest.values()].sort((a, b) => a.seq - b.seq);
    const receipts = coveringReceipts(
      await bookReceipts(db, bookId),
      revisions.map((r) => r.seq),
    );
    return { revisions, receipts };
  });
}
