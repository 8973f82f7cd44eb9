import { lastDayOf, monthOf, type BusinessDate } from '../domain/dates';
import type { Id } from '../domain/model';
import { buildHomeSummary, type HomeSummary } from '../domain/reports/home-summary';
import { spansUpTo } from '../domain/reports/spans';
import type { LumbungDb } from './db';
import { inRange, keyRange, listAccounts } from './queries';

export type { HomeSummary, PeriodFigures } from '../domain/reports/home-summary';

/**
 * The home screen's figures. Balances and the month come from whole rollups up to the end of
 * today's month (one row per account a year, per account a month of this year, per category and
 * account this month); only today's days and any dated after it are read day by day.
 */
export async function homeSummary(db: LumbungDb, bookId: Id, today: BusinessDate): Promise<HomeSummary> {
  const month = monthOf(today);
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
      keyRange(db.accountYears, [bookId], [bookId, spansUpTo(today).yearsTo]).toArray(),
      keyRange(db.accountMonths, [bookId, `${today.slice(0, 4)}-01`], [bookId, month]).toArray(),
      keyRange(db.monthlyTotals, [bookId, month], [bookId, month]).toArray(),
      inRange(db.dailyTotals, bookId, today, lastDayOf(month)).toArray(),
      inRange(db.dailyTransferTotals, bookId, today, lastDayOf(month)).toArray(),
      listAccounts(db, bookId),
    ]),
  );
  return buildHomeSummary({
    today,
    accountMovements: [...years, ...months],
    month: monthly,
    days,
    transfers,
    accounts,
  });
}
