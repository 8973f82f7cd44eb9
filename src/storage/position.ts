import { addMonths, firstDayOf, monthOf, type BusinessDate } from '../domain/dates';
import type { Id } from '../domain/model';
import { monthAsDay } from '../domain/reports/month-rollups';
import { buildPosition, type Position } from '../domain/reports/position';
import { unpackMonths } from '../domain/reports/year-rollups';
import { creditUpToReads, creditUpToRows } from './credit-rows';
import type { LumbungDb } from './db';
import { datedRead, keyRead, readRanges } from './range-reads';

export type { Position } from '../domain/reports/position';

/** Everything before the first month of a book: the span of year cells a position reads runs from it. */
const FIRST_MONTH = '0000-01';

/**
 * The position (neraca) at the end of `date`, from rollups alone: the months before its month from
 * the year rows (one per year of the book), then its month's days; the credit rollups the same way;
 * every stock level. Read at one moment, every request issued at once.
 */
export async function positionAt(db: LumbungDb, bookId: Id, date: BusinessDate): Promise<Position> {
  const month = monthOf(date);
  const [years, days, stock, ...credit] = await readRanges(db, [
    keyRead(db.yearTotals, [bookId], [bookId, date.slice(0, 4)]),
    datedRead(db.dailyTotals, bookId, firstDayOf(month), date),
    keyRead(db.stockLevels, [bookId], [bookId]),
    ...creditUpToReads(db, bookId, date),
  ] as const);
  const { monthly } = unpackMonths(years, { from: FIRST_MONTH, to: addMonths(month, -1) });
  return buildPosition({
    date,
    totals: [...monthly.map(monthAsDay), ...days],
    credit: creditUpToRows(credit),
    stock,
  });
}
