import {
  addStockCountChange,
  editStockCountChange,
  newStockCount,
  voidStockCountChange,
  type StockBasis,
} from '../domain/changes/stock-count';
import type { StockCount, StockCountFields } from '../domain/credit/records';
import type { Id } from '../domain/model';
import { newId } from '../domain/platform';
import { fail, type Result } from '../domain/result';
import { commitPlanned } from './commit-result';
import type { LumbungDb } from './db';
import { problem, type StorageProblem } from './errors';
import { bookRows } from './expectations';
import { firstRecordDate } from './first-record';
import { retryOnStale } from './retry';

/** A book's stock counts, voided ones included, newest first (a few a month at most). */
export async function listStockCounts(db: LumbungDb, bookId: Id): Promise<StockCount[]> {
  const counts = await bookRows(db.stockCounts, bookId);
  return counts.sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : 0));
}

/** The book's counts and the date of its earliest other record: what a count's place is checked against. */
export async function stockBasis(db: LumbungDb, bookId: Id): Promise<StockBasis> {
  const [counts, first, items, settled] = await Promise.all([
    bookRows(db.stockCounts, bookId),
    firstRecordDate(db, bookId),
    bookRows(db.openingItems, bookId),
    db.settlements
      .where('[bookId+date]')
      .between([bookId, ''], [bookId, '\uffff'])
      .filter((s) => !s.voided)
      .first(),
  ]);
  const dates = [first ?? undefined, settled?.date, ...items.filter((i) => !i.voided).map((i) => i.date)];
  const known = dates.filter((d) => d !== undefined).sort();
  return { counts, firstRecordDate: known[0] };
}

/** Records the value of the stock on hand at the end of a day (or the book's opening stock). */
export function addStockCount(
  db: LumbungDb,
  bookId: Id,
  fields: StockCountFields,
): Promise<Result<StockCount, StorageProblem>> {
  return retryOnStale(async () => {
    const count = newStockCount(bookId, fields, { id: newId(), at: new Date().toISOString(), source: 'app' });
    const [book, basis] = await Promise.all([db.books.get(bookId), stockBasis(db, bookId)]);
    return commitPlanned(db, addStockCountChange(count, { ...basis, book }));
  });
}

/** Corrects a stock count's day, value or note. */
export function editStockCount(
  db: LumbungDb,
  countId: Id,
  fields: StockCountFields,
  reason?: string,
): Promise<Result<StockCount, StorageProblem>> {
  return retryOnStale(async () => {
    const count = await db.stockCounts.get(countId);
    if (!count) return fail(problem('stock.notFound'));
    const basis = await stockBasis(db, count.bookId);
    const at = new Date().toISOString();
    return commitPlanned(db, editStockCountChange(count, fields, basis, at, reason));
  });
}

/** Voids a stock count; the latest earlier count stands in its place. */
export function voidStockCount(
  db: LumbungDb,
  countId: Id,
  reason: string,
): Promise<Result<StockCount, StorageProblem>> {
  return retryOnStale(async () => {
    const count = await db.stockCounts.get(countId);
    if (!count) return fail(problem('stock.notFound'));
    return commitPlanned(db, voidStockCountChange(count, new Date().toISOString(), reason));
  });
}
