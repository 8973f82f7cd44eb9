import { creditCash } from '../credit/cash';
import type { ContactDailyTotal } from '../credit/rollups';
import { monthOf, type BusinessDate, type BusinessMonth } from '../dates';
import type { DailyTotal, DailyTransferTotal } from '../daily-rollups';
import type { Id } from '../model';
import { addMoney } from '../money';
import { signedAmount } from './by-kind';

/**
 * One account's net movement in one month: money in less money out of its entries, plus transfers
 * in less transfers out. Balances carried into a period read these instead of every category.
 */
export interface AccountMonthTotal {
  bookId: Id;
  month: BusinessMonth;
  accountId: Id;
  /** Signed, whole Rupiah. */
  amount: number;
  /** Entries and transfer sides counted in it (the row goes when none are left). */
  count: number;
}

/** One month of an account's year row: the account's net movement in it and what it counts. */
export interface AccountMonthCell {
  month: BusinessMonth;
  amount: number;
  count: number;
}

/**
 * One account's net movement in one calendar year (see `AccountMonthTotal`), with its months, so a
 * save writes one row for the account and a balance or a period's carry reads a row a year.
 */
export interface AccountYearTotal {
  bookId: Id;
  /** `YYYY`. */
  year: string;
  accountId: Id;
  amount: number;
  count: number;
  /** The year's months that moved the account, oldest first (since schema 16). */
  months: AccountMonthCell[];
}

/** An amount of one account, e.g. the balance carried into a period. */
export interface AccountAmount {
  accountId: Id;
  amount: number;
}

/** One side of a rollup row as it moves one account on one day (signed). */
interface AccountLeg {
  bookId: Id;
  date: BusinessDate;
  accountId: Id;
  amount: number;
  count: number;
}

/** The key that identifies an account's month. */
export const accountMonthKey = (t: Pick<AccountMonthTotal, 'bookId' | 'month' | 'accountId'>): string =>
  `${t.bookId}|${t.month}|${t.accountId}`;

/** The key that identifies an account's year. */
export const accountYearKey = (t: Pick<AccountYearTotal, 'bookId' | 'year' | 'accountId'>): string =>
  `${t.bookId}|${t.year}|${t.accountId}`;

/**
 * How rollup rows (or signed deltas of them) move each account: entries by their kind, transfers on
 * both sides, credit rows by the cash they move (`creditCash`; opening items move none).
 */
export function accountLegs(
  daily: readonly DailyTotal[],
  transfers: readonly DailyTransferTotal[],
  credit: readonly ContactDailyTotal[] = [],
): AccountLeg[] {
  const legs: AccountLeg[] = daily.map(({ bookId, date, accountId, kind, amount, count }) => ({
    bookId,
    date,
    accountId,
    amount: signedAmount(kind, amount),
    count,
  }));
  for (const { bookId, date, fromAccountId, toAccountId, amount, count } of transfers)
    legs.push(
      { bookId, date, accountId: fromAccountId, amount: -amount, count },
      { bookId, date, accountId: toAccountId, amount, count },
    );
  for (const row of credit)
    if (row.accountId !== '')
      legs.push({
        bookId: row.bookId,
        date: row.date,
        accountId: row.accountId,
        amount: creditCash(row),
        count: row.count,
      });
  return legs;
}

/** The account months legs fall into (one per leg; merge them by key to total). */
export const legsToMonths = (legs: readonly AccountLeg[]): AccountMonthTotal[] =>
  legs.map(({ date, ...rest }) => ({ ...rest, month: monthOf(date) }));

/** Sums rows sharing a key, dropping those that net to nothing. */
export function mergeByKey<T extends { amount: number; count: number }>(
  rows: readonly T[],
  keyOf: (t: T) => string,
): T[] {
  const merged = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row);
    const known = merged.get(key);
    merged.set(
      key,
      known
        ? { ...known, amount: addMoney(known.amount, row.amount), count: known.count + row.count }
        : { ...row },
    );
  }
  return [...merged.values()].filter((r) => r.amount !== 0 || r.count !== 0);
}

/** Account months from daily rollups: the reference the stored ones must equal. */
export const rollUpAccountMonths = (
  daily: readonly DailyTotal[],
  transfers: readonly DailyTransferTotal[],
  credit: readonly ContactDailyTotal[] = [],
): AccountMonthTotal[] => mergeByKey(legsToMonths(accountLegs(daily, transfers, credit)), accountMonthKey);

/** Sums account years and months into one carried amount per account. */
export function carriedBalances(
  rows: readonly Pick<AccountMonthTotal, 'accountId' | 'amount'>[],
): AccountAmount[] {
  const byAccount = new Map<Id, number>();
  for (const { accountId, amount } of rows)
    byAccount.set(accountId, addMoney(byAccount.get(accountId) ?? 0, amount));
  return [...byAccount].map(([accountId, amount]) => ({ accountId, amount }));
}
