import type { ContactDailyTotal, ContactMonthlyTotal } from '../domain/credit/rollups';
import { addMonths, firstDayOf, monthOf, type BusinessDate } from '../domain/dates';
import type { Id } from '../domain/model';
import type { RollupSpans } from '../domain/reports/spans';
import type { LumbungDb } from './db';
import { keyRange } from './queries';

/** A month of credit rollups stood on its first day, as the balance and report rules read it. */
export const creditMonthAsDay = ({ month, ...rest }: ContactMonthlyTotal): ContactDailyTotal => ({
  ...rest,
  date: firstDayOf(month),
});

/** A book's daily credit rows dated in [from, to] (a range of their primary key). */
export const creditDays = (db: LumbungDb, bookId: Id, from: BusinessDate, to: BusinessDate) =>
  keyRange(db.contactDailyTotals, [bookId, from], [bookId, to]).toArray();

/** A book's credit rows of some report spans: the whole months as months, the cut months day by day. */
export async function creditInSpans(
  db: LumbungDb,
  bookId: Id,
  spans: Pick<RollupSpans, 'months' | 'days'>,
): Promise<ContactDailyTotal[]> {
  const { months } = spans;
  const [monthly, days] = await Promise.all([
    months
      ? keyRange(db.contactMonthlyTotals, [bookId, months.from], [bookId, months.to]).toArray()
      : Promise.resolve([]),
    Promise.all(spans.days.map((s) => creditDays(db, bookId, s.from, s.to))),
  ]);
  return [...monthly.map(creditMonthAsDay), ...days.flat()];
}

/**
 * Every credit row of a book up to the end of `date`: the months before its month as months, then
 * its month day by day. The cost is a row per contact, side and account a month: it follows the
 * contacts and the months, never the entries.
 */
export async function creditUpTo(
  db: LumbungDb,
  bookId: Id,
  date: BusinessDate,
): Promise<ContactDailyTotal[]> {
  const month = monthOf(date);
  const [monthly, days] = await Promise.all([
    keyRange(db.contactMonthlyTotals, [bookId], [bookId, addMonths(month, -1)]).toArray(),
    creditDays(db, bookId, firstDayOf(month), date),
  ]);
  return [...monthly.map(creditMonthAsDay), ...days];
}
