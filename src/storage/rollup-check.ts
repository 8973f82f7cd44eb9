import type { CategoryKind } from '../domain/kinds';
import type { DailyTotal, DailyTransferTotal } from '../domain/ledger-rows';
import { dailyTotalKey, dailyTransferTotalKey, rollUp } from '../domain/ledger-rows';
import type { Id } from '../domain/model';
import type { LumbungDb } from './db';
import { inRange } from './queries';

/** A stored rollup row that differs from what the entries and transfers add up to. */
export interface RollupMismatch {
  table: 'dailyTotals' | 'dailyTransferTotals';
  key: string;
  stored: { amount: number; count: number; kind?: CategoryKind } | null;
  expected: { amount: number; count: number; kind?: CategoryKind } | null;
}

/** The rollups a book's stored entries and transfers add up to (the reference, read in full). */
async function expectedRollups(db: LumbungDb, bookId: Id) {
  const [categories, entries, transfers] = await Promise.all([
    db.categories.where('bookId').equals(bookId).toArray(),
    db.entries.where('bookId').equals(bookId).toArray(),
    inRange(db.transfers, bookId).toArray(),
  ]);
  const kinds = new Map(categories.map((c) => [c.id, c.kind]));
  const kindOf = (categoryId: Id): CategoryKind => {
    const kind = kinds.get(categoryId);
    if (!kind) throw new Error(`entry refers to a missing category ${categoryId}`);
    return kind;
  };
  return rollUp(entries, transfers, kindOf);
}

/** Lists every difference between the stored rollups of a book and its entries (none when exact). */
export async function checkRollups(db: LumbungDb, bookId: Id): Promise<RollupMismatch[]> {
  const expected = await expectedRollups(db, bookId);
  const [daily, moved] = await Promise.all([
    inRange(db.dailyTotals, bookId).toArray(),
    inRange(db.dailyTransferTotals, bookId).toArray(),
  ]);
  return [
    ...compare('dailyTotals', daily, expected.daily, dailyTotalKey, (r: DailyTotal) => ({
      amount: r.amount,
      count: r.count,
      kind: r.kind,
    })),
    ...compare(
      'dailyTransferTotals',
      moved,
      expected.transfers,
      dailyTransferTotalKey,
      (r: DailyTransferTotal) => ({
        amount: r.amount,
        count: r.count,
      }),
    ),
  ];
}

function compare<T>(
  table: RollupMismatch['table'],
  stored: readonly T[],
  expected: readonly T[],
  keyOf: (row: T) => string,
  figures: (row: T) => NonNullable<RollupMismatch['stored']>,
): RollupMismatch[] {
  const want = new Map(expected.map((r) => [keyOf(r), figures(r)]));
  const mismatches: RollupMismatch[] = [];
  for (const row of stored) {
    const key = keyOf(row);
    const have = figures(row);
    const should = want.get(key) ?? null;
    want.delete(key);
    if (JSON.stringify(have) !== JSON.stringify(should))
      mismatches.push({ table, key, stored: have, expected: should });
  }
  for (const [key, should] of want) mismatches.push({ table, key, stored: null, expected: should });
  return mismatches;
}

/** Replaces a book's rollups with what its entries and transfers add up to, in one transaction. */
export async function rebuildRollups(
  db: LumbungDb,
  bookId: Id,
): Promise<{ daily: number; transfers: number }> {
  const tables = [db.categories, db.entries, db.transfers, db.dailyTotals, db.dailyTransferTotals];
  return db.transaction('rw', tables, async () => {
    const expected = await expectedRollups(db, bookId);
    await inRange(db.dailyTotals, bookId).delete();
    await inRange(db.dailyTransferTotals, bookId).delete();
    await db.dailyTotals.bulkAdd(expected.daily);
    await db.dailyTransferTotals.bulkAdd(expected.transfers);
    return { daily: expected.daily.length, transfers: expected.transfers.length };
  });
}
