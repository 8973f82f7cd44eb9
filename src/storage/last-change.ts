import { Dexie } from 'dexie';
import type { Id, Instant } from '../domain/model';
import type { LumbungDb } from './db';

/** When the book's latest revision (a record made, changed or voided) was written, or null before any. */
export async function lastChangeAt(db: LumbungDb, bookId: Id): Promise<Instant | null> {
  const last = await db.revisions
    .where('[bookId+seq]')
    .between([bookId, Dexie.minKey], [bookId, Dexie.maxKey])
    .last();
  return last?.at ?? null;
}
