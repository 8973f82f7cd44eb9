import type { ContactDailyTotal, ContactMonthlyTotal } from '../domain/credit/rollups';
import { addMonths, firstDayOf, monthOf, type BusinessDate } from '../domain/dates';
import type { Id } from '../domain/model';
import type { LumbungDb } from './db';
import { keyRead, readRanges, type RowsOf } from './range-reads';

/** A month of credit rollups stood on its first day, as the balance and report rules read it. */
export const creditMonthAsDay = ({ month, ...rest }: ContactMonthlyTotal): ContactDailyTotal => ({
  ...rest,
  date: firstDayOf(month),
});

/** The reads of a book's credit rows up to the end of `date`: the months before its month, then its days. */
export function creditUpToReads(db: LumbungDb, bookId: Id, date: BusinessDate) {
  const month = monthOf(date);
  return [
    keyRead(db.contactMonthlyTotals, [bookId], [bookId, addMonths(month, -1)]),
    keyRead(db.contactDailyTotals, [bookId, firstDayOf(month)], [bookId, date]),
  ] as const;
}

/** The rows of `creditUpToReads`, months stood on their first day. */
export const creditUpToRows = ([monthly, days]: RowsOf<ReturnType<typeof creditUpToReads>>) => [
  ...monthly.map(creditMonthAsDay),
  ...days,
];

/**
 * Every credit row of a book up to the end of `date`: the months before its month as months, then
 * its month day by day. The cost is a row per contact, side and account a month: it follows the
 * contacts and the months, never the entries.
 */
export const creditUpTo = async (
  db: LumbungDb,
  bookId: Id,
  date: BusinessDate,
): Promise<ContactDailyTotal[]> => creditUpToRows(await readRanges(db, creditUpToReads(db, bookId, date)));
