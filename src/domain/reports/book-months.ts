import { addMonths, firstDayOf, lastDayOf, monthOf, type BusinessDate, type BusinessMonth } from '../dates';
import type { Period } from './periods';

/** The first whole month a book covers: the month of its first record, or the next one if it began mid-month. */
export const firstWholeMonth = (firstRecord: BusinessDate): BusinessMonth =>
  firstRecord === firstDayOf(monthOf(firstRecord))
    ? monthOf(firstRecord)
    : addMonths(monthOf(firstRecord), 1);

/**
 * The default period of a statement: the complete months the book covers, up to `max` and ending
 * with last month. A book begun too recently for one whole month gets last month alone (the
 * statement then says its first days are missing); a book with no records, the last `max` months.
 */
export function coveredMonths(firstRecord: BusinessDate | null, today: BusinessDate, max = 6): Period {
  const last = addMonths(monthOf(today), -1);
  const earliest = addMonths(last, -(max - 1));
  let from = earliest;
  if (firstRecord !== null) {
    const first = firstWholeMonth(firstRecord);
    from = first > last ? last : first > earliest ? first : earliest;
  }
  return { from: firstDayOf(from), to: lastDayOf(last) };
}

/** The months a statement may cover, newest first: last month back to the month of the book's first record. */
export function statementMonthChoices(
  firstRecord: BusinessDate | null,
  today: BusinessDate,
  fallback = 6,
): BusinessMonth[] {
  const last = addMonths(monthOf(today), -1);
  const first = firstRecord === null ? addMonths(last, -(fallback - 1)) : monthOf(firstRecord);
  const months: BusinessMonth[] = [];
  for (let m = last; months.length === 0 || m >= first; m = addMonths(m, -1)) months.push(m);
  return months;
}

/** Whether a period begins before the book's first record, so its first days count as zeros. */
export const beginsBeforeBook = (period: Period, firstRecord: BusinessDate | null): boolean =>
  firstRecord !== null && period.from < firstRecord;
