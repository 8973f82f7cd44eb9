import { addMonths, firstDayOf, monthOf, type BusinessDate } from '../domain/dates';
import type { Id } from '../domain/model';
import { monthAsDay } from '../domain/reports/month-rollups';
import { buildPosition, type Position } from '../domain/reports/position';
import { creditUpTo } from './credit-rows';
import { creditRollupTables } from './credit-tables';
import type { LumbungDb } from './db';
import { inRange, keyRange } from './queries';

export type { Position } from '../domain/reports/position';

/**
 * The position (neraca) at the end of `date`, from rollups alone: the months before its month per
 * category and account, then its month's days; the credit rollups the same way; every stock level.
 * One read transaction, so both sides show one moment.
 */
export function positionAt(db: LumbungDb, bookId: Id, date: BusinessDate): Promise<Position> {
  const month = monthOf(date);
  const tables = [db.monthlyTotals, db.dailyTotals, ...creditRollupTables(db)];
  return db.transaction('r', tables, async () => {
    const [months, days, credit, stock] = await Promise.all([
      keyRange(db.monthlyTotals, [bookId], [bookId, addMonths(month, -1)]).toArray(),
      inRange(db.dailyTotals, bookId, firstDayOf(month), date).toArray(),
      creditUpTo(db, bookId, date),
      keyRange(db.stockLevels, [bookId], [bookId]).toArray(),
    ]);
    return buildPosition({ date, totals: [...months.map(monthAsDay), ...days], credit, stock });
  });
}
