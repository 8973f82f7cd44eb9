import { addMonths, lastDayOf, monthOf, type BusinessDate } from '../domain/dates';
import type { Id } from '../domain/model';
import { unpackAccountMonths } from '../domain/reports/account-years';
import { buildHomeSummary, type HomeSummary } from '../domain/reports/home-summary';
import { unpackMonths } from '../domain/reports/year-rollups';
import type { LumbungDb } from './db';
import { sortAccounts } from './queries';
import { bookRead, datedRead, keyRead, readRanges } from './range-reads';

export type { HomeSummary, PeriodFigures } from '../domain/reports/home-summary';

/**
 * The home screen's figures. Balances come from whole account years through today's year (one row
 * per account a year), less this year's months after today's month (none but for entries dated
 * ahead; they are in the same rows) and the month's days after today; the month from its cells in
 * this year's row, less those days. Reading the year rather than this year's months up to now
 * spares a row per account a month: the rows read, not the requests, are what a summary's time follows.
 */
export async function homeSummary(db: LumbungDb, bookId: Id, today: BusinessDate): Promise<HomeSummary> {
  const month = monthOf(today);
  const year = today.slice(0, 4);
  const later = addMonths(month, 1);
  // One read transaction, so the rows show one moment, every request issued at once: each
  // transaction or request waited for in turn costs a round trip to the browser's database process.
  const [years, yearRows, days, transfers, accounts] = await readRanges(db, [
    keyRead(db.accountYears, [bookId], [bookId, year]),
    keyRead(db.yearTotals, [bookId, year], [bookId, year]),
    datedRead(db.dailyTotals, bookId, today, lastDayOf(month)),
    datedRead(db.dailyTransferTotals, bookId, today, lastDayOf(month)),
    bookRead(db.accounts, bookId),
  ] as const);
  return buildHomeSummary({
    today,
    accountMovements: years,
    movedLater:
      later > `${year}-12`
        ? []
        : unpackAccountMonths(
            years.filter((y) => y.year === year),
            { from: later, to: `${year}-12` },
          ),
    month: unpackMonths(yearRows, { from: month, to: month }).monthly,
    days,
    transfers,
    accounts: sortAccounts(accounts),
  });
}
