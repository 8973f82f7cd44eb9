import { addMonths, firstDayOf, lastDayOf, monthOf, type BusinessDate } from '../domain/dates';
import type { Id } from '../domain/model';
import { monthAsDay } from '../domain/reports/month-rollups';
import { buildPosition, type Position } from '../domain/reports/position';
import { unpackMonths } from '../domain/reports/year-rollups';
import { bookCreditUpToReads, bookCreditUpToRows } from './credit-rows';
import type { LumbungDb } from './db';
import { datedRead, keyRead, readRanges } from './range-reads';

export type { Position } from '../domain/reports/position';

/** Everything before the first month of a book: the span of year cells a position reads runs from it. */
const FIRST_MONTH = '0000-01';

/**
 * The position (neraca) at the end of `date`, from rollups alone: the whole months up to it from the
 * year rows (one per year of the book), then the days of its month when it ends before the month
 * does; the debts the same way, from the credit years (summed over contacts: a position needs only
 * what they owe together); every stock level. Read at one moment, every request issued at once.
 */
export async function positionAt(db: LumbungDb, bookId: Id, date: BusinessDate): Promise<Position> {
  const month = monthOf(date);
  const cut = date !== lastDayOf(month);
  const lastWhole = cut ? addMonths(month, -1) : month;
  const [years, days, stock, ...credit] = await readRanges(db, [
    keyRead(db.yearTotals, [bookId], [bookId, date.slice(0, 4)]),
    cut ? datedRead(db.dailyTotals, bookId, firstDayOf(month), date) : null,
    keyRead(db.stockLevels, [bookId], [bookId]),
    ...bookCreditUpToReads(db, bookId, date, cut),
  ] as const);
  const { monthly } = unpackMonths(years, { from: FIRST_MONTH, to: lastWhole });
  return buildPosition({
    date,
    totals: [...monthly.map(monthAsDay), ...days],
    credit: bookCreditUpToRows(credit, lastWhole),
    stock,
  });
}
