import type { BusinessDate } from './dates';
import type { CategoryKind } from './kinds';
import type { Entry, Id, Transfer } from './model';

/**
 * A daily rollup: the total of one book's non-voided entries on one date, in one category and
 * one account. Reports read these (about 365 × categories a year) instead of scanning entries.
 */
export interface DailyTotal {
  bookId: Id;
  date: BusinessDate;
  categoryId: Id;
  accountId: Id;
  /** The category's kind (fixed while the category is used), so reports need no join. */
  kind: CategoryKind;
  amount: number;
  count: number;
}

/** A daily rollup of one book's non-voided transfers between one pair of accounts. */
export interface DailyTransferTotal {
  bookId: Id;
  date: BusinessDate;
  fromAccountId: Id;
  toAccountId: Id;
  amount: number;
  count: number;
}

/** The key that identifies a daily total. */
export const dailyTotalKey = (t: Pick<DailyTotal, 'bookId' | 'date' | 'categoryId' | 'accountId'>): string =>
  `${t.bookId}|${t.date}|${t.categoryId}|${t.accountId}`;

/** The key that identifies a daily transfer total. */
export const dailyTransferTotalKey = (
  t: Pick<DailyTransferTotal, 'bookId' | 'date' | 'fromAccountId' | 'toAccountId'>,
): string => `${t.bookId}|${t.date}|${t.fromAccountId}|${t.toAccountId}`;

/** Rolls raw entries and transfers up into daily totals: the reference the stored rollups must equal. */
export function rollUp(
  entries: readonly Entry[],
  transfers: readonly Transfer[],
  kindOf: (categoryId: Id) => CategoryKind,
): { daily: DailyTotal[]; transfers: DailyTransferTotal[] } {
  const daily = new Map<string, DailyTotal>();
  for (const e of entries) {
    if (e.voided) continue;
    const key = dailyTotalKey(e);
    const row = daily.get(key);
    if (row) {
      row.amount += e.amount;
      row.count += 1;
    } else {
      daily.set(key, {
        bookId: e.bookId,
        date: e.date,
        categoryId: e.categoryId,
        accountId: e.accountId,
        kind: kindOf(e.categoryId),
        amount: e.amount,
        count: 1,
      });
    }
  }
  const moved = new Map<string, DailyTransferTotal>();
  for (const t of transfers) {
    if (t.voided) continue;
    const key = dailyTransferTotalKey(t);
    const row = moved.get(key);
    if (row) {
      row.amount += t.amount;
      row.count += 1;
    } else {
      moved.set(key, {
        bookId: t.bookId,
        date: t.date,
        fromAccountId: t.fromAccountId,
        toAccountId: t.toAccountId,
        amount: t.amount,
        count: 1,
      });
    }
  }
  return { daily: [...daily.values()], transfers: [...moved.values()] };
}
