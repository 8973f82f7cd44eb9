import { Dexie } from 'dexie';
import type { BusinessDate } from '../domain/dates';
import type { Id } from '../domain/model';
import type { LumbungDb } from './db';

/** The date of a book's earliest entry or transfer that is not voided, or null for an empty book. */
export async function firstRecordDate(db: LumbungDb, bookId: Id): Promise<BusinessDate | null> {
  const bounds = [
    [bookId, Dexie.minKey],
    [bookId, Dexie.maxKey],
  ] as const;
  const [entry, transfer] = await Promise.all([
    db.entries
      .where('[bookId+date]')
      .between(...bounds)
      .filter((row) => !row.voided)
      .first(),
    db.transfers
      .where('[bookId+date]')
      .between(...bounds)
      .filter((row) => !row.voided)
      .first(),
  ]);
  const dates = [entry?.date, transfer?.date].filter((d): d is BusinessDate => d !== undefined);
  return dates.length === 0 ? null : dates.reduce((a, b) => (a < b ? a : b));
}
