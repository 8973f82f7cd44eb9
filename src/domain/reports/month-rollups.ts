import { firstDayOf, monthOf, type BusinessMonth } from '../dates';
import type { CategoryKind } from '../kinds';
import type { DailyTotal, DailyTransferTotal } from '../daily-rollups';
import type { Id } from '../model';
import { mergeByKey } from './account-rollups';

/**
 * A monthly rollup: one book's non-voided entries of one month in one category and one account.
 * A year is 12 of these per category and account, so long reports and opening balances read
 * months, not days or entries.
 */
export interface MonthlyTotal {
  bookId: Id;
  month: BusinessMonth;
  categoryId: Id;
  accountId: Id;
  /** The category's kind (fixed while the category is used). */
  kind: CategoryKind;
  amount: number;
  count: number;
}

/** A monthly rollup of one book's non-voided transfers between one pair of accounts. */
export interface MonthlyTransferTotal {
  bookId: Id;
  month: BusinessMonth;
  fromAccountId: Id;
  toAccountId: Id;
  amount: number;
  count: number;
}

/** The key that identifies a monthly total. */
export const monthlyTotalKey = (
  t: Pick<MonthlyTotal, 'bookId' | 'month' | 'categoryId' | 'accountId'>,
): string => `${t.bookId}|${t.month}|${t.categoryId}|${t.accountId}`;

/** The key that identifies a monthly transfer total. */
export const monthlyTransferTotalKey = (
  t: Pick<MonthlyTransferTotal, 'bookId' | 'month' | 'fromAccountId' | 'toAccountId'>,
): string => `${t.bookId}|${t.month}|${t.fromAccountId}|${t.toAccountId}`;

/** The monthly row a daily total (or a signed delta of one) falls into. */
export const dayToMonth = ({ date, ...rest }: DailyTotal): MonthlyTotal => ({
  ...rest,
  month: monthOf(date),
});

/** The monthly row a daily transfer total (or a signed delta of one) falls into. */
export const transferDayToMonth = ({ date, ...rest }: DailyTransferTotal): MonthlyTransferTotal => ({
  ...rest,
  month: monthOf(date),
});

/** Rolls daily totals up into monthly totals: the reference the stored monthly rollups must equal. */
export const rollUpMonths = (daily: readonly DailyTotal[]): MonthlyTotal[] =>
  mergeByKey(daily.map(dayToMonth), monthlyTotalKey);

/** Rolls daily transfer totals up into monthly transfer totals. */
export const rollUpTransferMonths = (daily: readonly DailyTransferTotal[]): MonthlyTransferTotal[] =>
  mergeByKey(daily.map(transferDayToMonth), monthlyTransferTotalKey);

/**
 * A month's total standing as one rollup row dated on the month's first day. Reports treat it as
 * exact when the whole month lies before the period or inside it, which is how storage reads them.
 */
export const monthAsDay = ({ month, ...rest }: MonthlyTotal): DailyTotal => ({
  ...rest,
  date: firstDayOf(month),
});

/** A month's transfer total as one row dated on the month's first day (see `monthAsDay`). */
export const transferMonthAsDay = ({ month, ...rest }: MonthlyTransferTotal): DailyTransferTotal => ({
  ...rest,
  date: firstDayOf(month),
});
