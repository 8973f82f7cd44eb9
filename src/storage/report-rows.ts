import type { Table } from 'dexie';
import type { BusinessDate } from '../domain/dates';
import type { DailyTotal, DailyTransferTotal } from '../domain/daily-rollups';
import type { Account, Category, Id } from '../domain/model';
import { carriedBalances, type AccountAmount } from '../domain/reports/account-rollups';
import { unpackAccountMonths } from '../domain/reports/account-years';
import { monthAsDay, transferMonthAsDay } from '../domain/reports/month-rollups';
import { reportSpans, spansUpTo, type DaySpan, type RollupSpans } from '../domain/reports/spans';
import { unpackMonths, yearsOfSpan } from '../domain/reports/year-rollups';
import type { ContactDailyTotal } from '../domain/credit/rollups';
import { creditYearMonths } from '../domain/credit/years';
import type { StockLevel } from '../domain/stock/levels';
import type { LumbungDb } from './db';
import { bookRead, datedRead, keyRead, readRanges, type RowsOf } from './range-reads';
import { sortAccounts, sortCategories } from './queries';

/**
 * What `buildReport` takes for a period, read with bounded cost: each account's balance carried in
 * from before the first rollup row, then rollup rows up to the period's end (whole months as one
 * row per category and account dated on their first day, cut months day by day).
 */
export interface ReportRows {
  totals: DailyTotal[];
  transfers: DailyTransferTotal[];
  carried: AccountAmount[];
  /**
   * Credit rollups of the same spans as `totals` (their cash before the spans is in `carried`): the
   * whole months summed over contacts (`EVERY_CONTACT`), the cut months' days per contact.
   */
  credit: ContactDailyTotal[];
  /** Every stock level of the book: a few a month at most. */
  stock: StockLevel[];
}

/**
 * The reads of some spans: account years carried in (with the months of the period's first year in
 * its rows), the year rows (of entries and of
 * credit) holding the whole months, the cut months' days of both; every stock level.
 */
function spanReads(db: LumbungDb, bookId: Id, spans: RollupSpans) {
  const { months, days } = spans;
  const years = months && yearsOfSpan(months);
  const [first, second] = days;
  const daysOf = <T, K>(table: Table<T, K, T>, span: DaySpan | undefined) =>
    span ? datedRead(table, bookId, span.from, span.to) : null;
  const creditDaysOf = (span: DaySpan | undefined) =>
    span ? keyRead(db.contactDailyTotals, [bookId, span.from], [bookId, span.to]) : null;
  // The account months carried in are cells of their year's rows, read with the years before it.
  const carriedTo = spans.accountMonths ? spans.accountMonths.to.slice(0, 4) : spans.yearsTo;
  return [
    keyRead(db.accountYears, [bookId], [bookId, carriedTo]),
    years && keyRead(db.yearTotals, [bookId, years.from], [bookId, years.to]),
    years && keyRead(db.creditYears, [bookId, years.from], [bookId, years.to]),
    daysOf(db.dailyTotals, first),
    daysOf(db.dailyTotals, second),
    daysOf(db.dailyTransferTotals, first),
    daysOf(db.dailyTransferTotals, second),
    creditDaysOf(first),
    creditDaysOf(second),
    keyRead(db.stockLevels, [bookId], [bookId]),
  ] as const;
}

/** The rows of `spanReads`, as `buildReport` takes them. */
function spanRows(
  spans: RollupSpans,
  [accountYears, yearRows, creditYears, days, moreDays, moved, moreMoved, owed, moreOwed, stock]: RowsOf<
    ReturnType<typeof spanReads>
  >,
): ReportRows {
  const months = spans.months ? unpackMonths(yearRows, spans.months) : { monthly: [], transfers: [] };
  const years = accountYears.filter((y) => y.year <= spans.yearsTo);
  const accountMonths = spans.accountMonths
    ? unpackAccountMonths(
        accountYears.filter((y) => y.year > spans.yearsTo),
        spans.accountMonths,
      )
    : [];
  return {
    totals: [...months.monthly.map(monthAsDay), ...days, ...moreDays],
    transfers: [...months.transfers.map(transferMonthAsDay), ...moved, ...moreMoved],
    carried: carriedBalances([...years, ...accountMonths]),
    credit: [...(spans.months ? creditYearMonths(creditYears, spans.months) : []), ...owed, ...moreOwed],
    stock,
  };
}

/** Reads the rollups of some spans at one moment (one read transaction). */
async function readSpans(db: LumbungDb, bookId: Id, spans: RollupSpans): Promise<ReportRows> {
  return spanRows(spans, await readRanges(db, spanReads(db, bookId, spans)));
}

/**
 * What `buildReport` needs for [from, to]. The cost is one row per account for each year before
 * the period's year, at most eleven account months, the period's whole months per category and
 * the days of at most two months: it follows the period, never the number of entries.
 */
export const reportRows = (
  db: LumbungDb,
  bookId: Id,
  from: BusinessDate,
  to: BusinessDate,
): Promise<ReportRows> => readSpans(db, bookId, reportSpans(from, to));

/** Rows holding everything up to and including `date` (balances), its month's days one by one. */
export const rowsUpTo = (db: LumbungDb, bookId: Id, date: BusinessDate): Promise<ReportRows> =>
  readSpans(db, bookId, spansUpTo(date));

/** A period's report rows with the book's categories and accounts: all `buildReport` takes. */
export type ReportInputRows = ReportRows & { categories: Category[]; accounts: Account[] };

/**
 * `reportRows` and the book's categories and accounts, read at one moment with every request
 * issued at once: a transaction of its own for each costs a round trip to the browser's database
 * process, the larger part of a report's time once its rows are few.
 */
export async function reportInput(
  db: LumbungDb,
  bookId: Id,
  from: BusinessDate,
  to: BusinessDate,
): Promise<ReportInputRows> {
  const spans = reportSpans(from, to);
  const [categories, accounts, ...rows] = await readRanges(db, [
    bookRead(db.categories, bookId),
    bookRead(db.accounts, bookId),
    ...spanReads(db, bookId, spans),
  ] as const);
  return {
    ...spanRows(spans, rows),
    categories: sortCategories(categories),
    accounts: sortAccounts(accounts),
  };
}
