import type { Table } from 'dexie';
import type { BusinessDate } from '../domain/dates';
import type { DailyTotal, DailyTransferTotal } from '../domain/daily-rollups';
import type { Account, Category, Id } from '../domain/model';
import { carriedBalances, type AccountAmount } from '../domain/reports/account-rollups';
import { monthAsDay, transferMonthAsDay } from '../domain/reports/month-rollups';
import { reportSpans, spansUpTo, type MonthSpan, type RollupSpans } from '../domain/reports/spans';
import { unpackMonths, yearsOfSpan } from '../domain/reports/year-rollups';
import type { ContactDailyTotal } from '../domain/credit/rollups';
import type { StockLevel } from '../domain/stock/levels';
import { creditInSpans } from './credit-rows';
import type { LumbungDb } from './db';
import { rollupTables } from './rollup-tables';
import { inRange, keyRange, listAccounts, listCategories } from './queries';

/**
 * What `buildReport` takes for a period, read with bounded cost: each account's balance carried in
 * from before the first rollup row, then rollup rows up to the period's end (whole months as one
 * row per category and account dated on their first day, cut months day by day).
 */
export interface ReportRows {
  totals: DailyTotal[];
  transfers: DailyTransferTotal[];
  carried: AccountAmount[];
  /** Credit rollups of the same spans as `totals` (their cash before the spans is in `carried`). */
  credit: ContactDailyTotal[];
  /** Every stock level of the book: a few a month at most. */
  stock: StockLevel[];
}

/** A book's rows of a table keyed [bookId, month, …] in a span of months, by a range of the key itself. */
const monthsOf = <T, K>(table: Table<T, K>, bookId: Id, span: MonthSpan | null) =>
  span ? keyRange(table, [bookId, span.from], [bookId, span.to]).toArray() : Promise.resolve([]);

/** The monthly totals and transfer totals of a span of months, read from the year rows holding them. */
async function yearMonths(db: LumbungDb, bookId: Id, span: MonthSpan | null) {
  if (!span) return { monthly: [], transfers: [] };
  const years = yearsOfSpan(span);
  return unpackMonths(
    await keyRange(db.yearTotals, [bookId, years.from], [bookId, years.to]).toArray(),
    span,
  );
}

/** Reads the rollups of some spans in one read transaction, so they show one consistent moment. */
function readSpans(db: LumbungDb, bookId: Id, spans: RollupSpans): Promise<ReportRows> {
  return db.transaction('r', rollupTables(db), async () => {
    const [years, accountMonths, months, days, movedDays, credit, stock] = await Promise.all([
      keyRange(db.accountYears, [bookId], [bookId, spans.yearsTo]).toArray(),
      monthsOf(db.accountMonths, bookId, spans.accountMonths),
      yearMonths(db, bookId, spans.months),
      Promise.all(spans.days.map((s) => inRange(db.dailyTotals, bookId, s.from, s.to).toArray())),
      Promise.all(spans.days.map((s) => inRange(db.dailyTransferTotals, bookId, s.from, s.to).toArray())),
      creditInSpans(db, bookId, spans),
      keyRange(db.stockLevels, [bookId], [bookId]).toArray(),
    ]);
    return {
      totals: [...months.monthly.map(monthAsDay), ...days.flat()],
      transfers: [...months.transfers.map(transferMonthAsDay), ...movedDays.flat()],
      carried: carriedBalances([...years, ...accountMonths]),
      credit,
      stock,
    };
  });
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
 * `reportRows` and the book's categories and accounts, read in one transaction: a transaction of
 * its own for each costs a round trip to the browser's database process, the larger part of a
 * report's time once its rows are few.
 */
export const reportInput = (
  db: LumbungDb,
  bookId: Id,
  from: BusinessDate,
  to: BusinessDate,
): Promise<ReportInputRows> =>
  db.transaction('r', [...rollupTables(db), db.categories, db.accounts], async () => {
    const [rows, categories, accounts] = await Promise.all([
      readSpans(db, bookId, reportSpans(from, to)),
      listCategories(db, bookId),
      listAccounts(db, bookId),
    ]);
    return { ...rows, categories, accounts };
  });
