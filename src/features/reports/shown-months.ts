import { monthOf, type BusinessDate } from '../../domain/dates';
import type { MonthRow } from '../../domain/reports';

const isEmpty = (m: MonthRow) => m.cashIn === 0 && m.cashOut === 0 && m.closingBalance === 0;

/**
 * The months of a report worth a row: none after today's month (nothing can be in them yet) and
 * none before the book's first money (a year's table would open with rows of zeros). A quiet month
 * between two active ones stays, since its zeros say something.
 */
export function shownMonths(months: readonly MonthRow[], today: BusinessDate): MonthRow[] {
  const current = monthOf(today);
  const upToNow = months.filter((m) => m.month <= current);
  const first = upToNow.findIndex((m) => !isEmpty(m));
  return first < 0 ? [] : upToNow.slice(first);
}
