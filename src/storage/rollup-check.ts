import type { Table } from 'dexie';
import type { CategoryKind } from '../domain/kinds';
import { dailyTotalKey, dailyTransferTotalKey, rollUp } from '../domain/daily-rollups';
import type { Id } from '../domain/model';
import { accountMonthKey, accountYearKey } from '../domain/reports/account-rollups';
import { unpackAccountMonths } from '../domain/reports/account-years';
import { rollUpCredit } from '../domain/credit/rollups';
import { derivedRollups } from '../domain/reports/derived-rollups';
import { monthlyTotalKey, monthlyTransferTotalKey } from '../domain/reports/month-rollups';
import { EVERY_MONTH, unpackMonths, yearTotalsKey, type YearTotals } from '../domain/reports/year-rollups';
import { forgetLastCommit } from './commit';
import { rebuildCreditRollups } from './credit-rollup-check';
import type { LumbungDb } from './db';
import { openCreditTables, rebuildOpenCredit } from './open-credit';
import { rollupTables } from './rollup-tables';
import { inRange, keyRange } from './queries';

/** A stored rollup row that differs from what the entries and transfers add up to. */
export interface RollupMismatch {
  table:
    | 'dailyTotals'
    | 'dailyTransferTotals'
    | 'monthlyTotals'
    | 'monthlyTransferTotals'
    | 'accountMonths'
    | 'accountYears'
    | 'yearTotals';
  key: string;
  stored: { amount: number; count: number; kind?: CategoryKind } | null;
  expected: { amount: number; count: number; kind?: CategoryKind } | null;
}

/** The rollups a book's stored entries and transfers add up to (the reference, read in full). */
async function expectedRollups(db: LumbungDb, bookId: Id) {
  const [categories, entries, transfers, settlements, openingItems] = await Promise.all([
    db.categories.where('bookId').equals(bookId).toArray(),
    db.entries.where('bookId').equals(bookId).toArray(),
    inRange(db.transfers, bookId).toArray(),
    db.settlements.where('bookId').equals(bookId).toArray(),
    db.openingItems.where('bookId').equals(bookId).toArray(),
  ]);
  const kinds = new Map(categories.map((c) => [c.id, c.kind]));
  const kindOf = (categoryId: Id): CategoryKind => {
    const kind = kinds.get(categoryId);
    if (!kind) throw new Error(`entry refers to a missing category ${categoryId}`);
    return kind;
  };
  const rolled = rollUp(entries, transfers, kindOf);
  const credit = rollUpCredit(entries, kindOf, settlements, openingItems);
  return { ...rolled, credit, ...derivedRollups(rolled.daily, rolled.transfers, credit) };
}

/** A book's rows of a rollup table keyed [bookId, …]. */
const bookRollupRange = <T, K>(table: Table<T, K>, bookId: Id) => keyRange(table, [bookId], [bookId]);

type Figures = NonNullable<RollupMismatch['stored']>;
const withKind = (r: { amount: number; count: number; kind: CategoryKind }): Figures => ({
  amount: r.amount,
  count: r.count,
  kind: r.kind,
});
const plain = (r: { amount: number; count: number }): Figures => ({ amount: r.amount, count: r.count });

/**
 * Lists every difference between a book's stored rollups (daily, monthly, per account, per year)
 * and its entries (none when exact). `monthlyTotals` and `accountMonths` must hold none of the
 * book's rows: their months are cells of the year rows.
 */
export async function checkRollups(db: LumbungDb, bookId: Id): Promise<RollupMismatch[]> {
  const expected = await expectedRollups(db, bookId);
  const [daily, moved, monthly, movedMonthly, accountMonths, accountYears, years] = await Promise.all([
    inRange(db.dailyTotals, bookId).toArray(),
    inRange(db.dailyTransferTotals, bookId).toArray(),
    bookRollupRange(db.monthlyTotals, bookId).toArray(),
    bookRollupRange(db.monthlyTransferTotals, bookId).toArray(),
    bookRollupRange(db.accountMonths, bookId).toArray(),
    bookRollupRange(db.accountYears, bookId).toArray(),
    bookRollupRange(db.yearTotals, bookId).toArray(),
  ]);
  return [
    ...compareYears(years, expected.years),
    ...compare('dailyTotals', daily, expected.daily, dailyTotalKey, withKind),
    ...compare('dailyTransferTotals', moved, expected.transfers, dailyTransferTotalKey, plain),
    // Kept in the year rows alone since schema 11: any row here is left over, and a rebuild drops it.
    ...compare('monthlyTotals', monthly, [], monthlyTotalKey, withKind),
    ...compare(
      'monthlyTransferTotals',
      movedMonthly,
      expected.monthlyTransfers,
      monthlyTransferTotalKey,
      plain,
    ),
    // Kept in the account years alone since schema 16: any row here is left over, as above.
    ...compare('accountMonths', accountMonths, [], accountMonthKey, plain),
    ...compare(
      'accountYears',
      unpackAccountMonths(accountYears),
      expected.accountMonths,
      accountMonthKey,
      plain,
    ),
    ...compare('accountYears', accountYears, expected.accountYears, accountYearKey, plain),
  ];
}

/** The year rows' cells against the monthly rows they pack, and each row's count of records. */
function compareYears(stored: readonly YearTotals[], expected: readonly YearTotals[]): RollupMismatch[] {
  const [have, want] = [unpackMonths(stored, EVERY_MONTH), unpackMonths(expected, EVERY_MONTH)];
  const counted = (r: YearTotals): Figures => ({ amount: 0, count: r.count });
  return [
    ...compare('yearTotals', have.monthly, want.monthly, monthlyTotalKey, withKind),
    ...compare('yearTotals', have.transfers, want.transfers, monthlyTransferTotalKey, plain),
    ...compare('yearTotals', stored, expected, yearTotalsKey, counted),
  ];
}

function compare<T>(
  table: RollupMismatch['table'],
  stored: readonly T[],
  expected: readonly T[],
  keyOf: (row: T) => string,
  figures: (row: T) => Figures,
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

/**
 * Replaces a book's rollups (daily, monthly, per account, per year, and those of its debts and
 * stock) with what its records add up to, in one transaction; rows left in `monthlyTotals` and
 * `accountMonths` go.
 */
export async function rebuildRollups(
  db: LumbungDb,
  bookId: Id,
): Promise<{ daily: number; transfers: number }> {
  const tables = [
    db.categories,
    db.entries,
    db.transfers,
    db.settlements,
    db.openingItems,
    db.stockCounts,
    ...rollupTables(db),
    db.monthlyTotals,
    db.accountMonths,
    ...openCreditTables(db),
  ];
  // Before, so a save during the rebuild reads afresh; after, so one that landed first is not trusted.
  forgetLastCommit(db, bookId);
  const rebuilt = await db.transaction('rw', tables, async () => {
    await rebuildOpenCredit(db, bookId);
    await rebuildCreditRollups(db, bookId);
    const expected = await expectedRollups(db, bookId);
    await Promise.all([
      inRange(db.dailyTotals, bookId).delete(),
      inRange(db.dailyTransferTotals, bookId).delete(),
      bookRollupRange(db.monthlyTotals, bookId).delete(),
      bookRollupRange(db.monthlyTransferTotals, bookId).delete(),
      bookRollupRange(db.accountMonths, bookId).delete(),
      bookRollupRange(db.accountYears, bookId).delete(),
      bookRollupRange(db.yearTotals, bookId).delete(),
    ]);
    await Promise.all([
      db.dailyTotals.bulkAdd(expected.daily),
      db.dailyTransferTotals.bulkAdd(expected.transfers),
      db.monthlyTransferTotals.bulkAdd(expected.monthlyTransfers),
      db.accountYears.bulkAdd(expected.accountYears),
      db.yearTotals.bulkAdd(expected.years),
    ]);
    return { daily: expected.daily.length, transfers: expected.transfers.length };
  });
  forgetLastCommit(db, bookId);
  return rebuilt;
}
