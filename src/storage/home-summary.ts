import { addMonths, lastDayOf, monthOf, type BusinessDate } from '../domain/dates';
import type { Id } from '../domain/model';
import { buildHomeSummary, type HomeSummary } from '../domain/reports/home-summary';
import type { LumbungDb } from './db';
import { inRange, keyRange, listAccounts } from './queries';

export type { HomeSummary, PeriodFigures } from '../domain/reports/home-summary';

/**
 * The home screen's figures. Balances come from whole account years through today's year (one row
 * per account a year), less this year's account months after today's month (none but for entries
 * dated ahead) and the month's days after today; the month from its category rows, less those
 * days. Reading the year rather than this year's months up to now spares a row per account a
 * month: the rows read, not the requests, are what a summary's time follows.
 */
export async function homeSummary(db: LumbungDb, bookId: Id, today: BusinessDate): Promise<HomeSummary> {
  const month = monthOf(today);
  const year = today.slice(0, 4);
  const later = addMonths(month, 1);
  const tables = [
    db.accountYears,
    db.accountMonths,
    db.monthlyTotals,
    db.dailyTotals,
    db.dailyTransferTotals,
    db.accounts,
  ];
  // One read transaction, so the rows show one moment; the accounts inside it too, since each
  // transaction of its own costs a round trip to the browser's database process.
  const [years, months, monthly, days, transfers, accounts] = await db.transaction('r', tables, () =>
    Promise.all([
      keyRange(db.accountYears, [bookId], [bookId, year]).toArray(),
      later > `${year}-12`
        ? []
        : keyRange(db.accountMonths, [bookId, later], [bookId, `${year}-12`]).toArray(),
      keyRange(db.monthlyTotals, [bookId, month], [bookId, month]).toArray(),
      inRange(db.dailyTotals, bookId, today, lastDayOf(month)).toArray(),
      inRange(db.dailyTransferTotals, bookId, today, lastDayOf(month)).toArray(),
      listAccounts(db, bookId),
    ]),
  );
  return buildHomeSummary({
    today,
    accountMovements: years,
    movedLater: months,
    month: monthly,
    days,
    transfers,
    accounts,
  });
}
