import type { ContactDailyTotal } from '../credit/rollups';
import type { BusinessMonth } from '../dates';
import type { DailyTotal, DailyTransferTotal } from '../daily-rollups';
import { addMoney } from '../money';
import {
  accountYearKey,
  rollUpAccountMonths,
  type AccountMonthCell,
  type AccountMonthTotal,
  type AccountYearTotal,
} from './account-rollups';
import type { MonthSpan } from './spans';

/** Adds month cells to month cells: one per month, oldest first, those that net to nothing dropped. */
function addCells(a: readonly AccountMonthCell[], b: readonly AccountMonthCell[]): AccountMonthCell[] {
  const byMonth = new Map<BusinessMonth, AccountMonthCell>();
  for (const cell of [...a, ...b]) {
    const known = byMonth.get(cell.month);
    byMonth.set(
      cell.month,
      known
        ? { month: cell.month, amount: addMoney(known.amount, cell.amount), count: known.count + cell.count }
        : { ...cell },
    );
  }
  return [...byMonth.values()]
    .filter((c) => c.amount !== 0 || c.count !== 0)
    .sort((x, y) => (x.month < y.month ? -1 : x.month > y.month ? 1 : 0));
}

/**
 * Account months packed one row per book, year and account: the year's movement with its months
 * (the rows an account's balance and a period's carry read). Months that net to nothing are left out.
 */
export function packAccountYears(months: readonly AccountMonthTotal[]): AccountYearTotal[] {
  const rows = new Map<string, AccountYearTotal>();
  for (const { bookId, month, accountId, amount, count } of months) {
    const delta: AccountYearTotal = {
      bookId,
      year: month.slice(0, 4),
      accountId,
      amount,
      count,
      months: [{ month, amount, count }],
    };
    const key = accountYearKey(delta);
    const known = rows.get(key);
    rows.set(key, known ? addAccountYear(known, delta, known.count + count) : delta);
  }
  return [...rows.values()].filter((r) => r.amount !== 0 || r.count !== 0);
}

/** Merges account year deltas sharing a key, months and all (see `RowSums.merge`). */
export const mergeAccountYears = (rows: readonly AccountYearTotal[]): AccountYearTotal[] =>
  packAccountYears(unpackAccountMonths(rows));

/** A stored account year (null: none yet) with a delta added, counting `count` records. */
export const addAccountYear = (
  row: AccountYearTotal | null,
  delta: AccountYearTotal,
  count: number,
): AccountYearTotal => ({
  bookId: delta.bookId,
  year: delta.year,
  accountId: delta.accountId,
  amount: addMoney(row?.amount ?? 0, delta.amount),
  count,
  months: addCells(row?.months ?? [], delta.months),
});

/** The account months of account year rows, those of `span` only when given. */
export function unpackAccountMonths(
  rows: readonly AccountYearTotal[],
  span?: MonthSpan,
): AccountMonthTotal[] {
  const months: AccountMonthTotal[] = [];
  for (const { bookId, accountId, months: cells } of rows)
    for (const { month, amount, count } of cells)
      if (!span || (span.from <= month && month <= span.to))
        months.push({ bookId, month, accountId, amount, count });
  return months;
}

/** Account years from daily rollups: the reference the stored ones must equal. */
export const rollUpAccountYears = (
  daily: readonly DailyTotal[],
  transfers: readonly DailyTransferTotal[],
  credit: readonly ContactDailyTotal[] = [],
): AccountYearTotal[] => packAccountYears(rollUpAccountMonths(daily, transfers, credit));
