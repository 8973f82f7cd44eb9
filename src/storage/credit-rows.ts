import type { ContactDailyTotal, ContactMonthlyTotal } from '../domain/credit/rollups';
import { creditYearMonths } from '../domain/credit/years';
import { addMonths, firstDayOf, monthOf, type BusinessDate, type BusinessMonth } from '../domain/dates';
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

/**
 * The reads of a book's credit up to the end of `date` summed over its contacts, for the position:
 * the year rows up to its year (a row a year), then, when `cut` (the day ends before its month
 * does), its month's days.
 */
export function bookCreditUpToReads(db: LumbungDb, bookId: Id, date: BusinessDate, cut: boolean) {
  return [
    keyRead(db.creditYears, [bookId], [bookId, date.slice(0, 4)]),
    cut ? keyRead(db.contactDailyTotals, [bookId, firstDayOf(monthOf(date))], [bookId, date]) : null,
  ] as const;
}

/**
 * The rows of `bookCreditUpToReads`: the months up to `lastWhole` stood on their first day (for
 * every contact together), then the days read.
 */
export const bookCreditUpToRows = (
  [years, days]: RowsOf<ReturnType<typeof bookCreditUpToReads>>,
  lastWhole: BusinessMonth,
): ContactDailyTotal[] => [...creditYearMonths(years, { from: '0000-01', to: lastWhole }), ...days];
