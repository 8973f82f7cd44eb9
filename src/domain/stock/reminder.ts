import { addMonths, daysInMonth, monthOf, type BusinessDate } from '../dates';

/** The same day a month later, or the month's last day when it is shorter (31 Jan → 28 Feb). */
export function aMonthAfter(date: BusinessDate): BusinessDate {
  const month = addMonths(monthOf(date), 1);
  const [year, mm] = month.split('-').map(Number) as [number, number];
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, mm));
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** What the monthly stock-count reminder is decided from. */
export interface StockReminderBasis {
  /** The day the latest non-voided count stands for, if the book has one. */
  lastCount?: BusinessDate | undefined;
  /** The day of the book's first purchase of goods (an `hpp` entry), if any. */
  firstPurchase?: BusinessDate | undefined;
  /** The day the member last set the reminder aside, if ever. */
  dismissedOn?: BusinessDate | undefined;
}

/**
 * Whether to remind the member to count stock today: only for a book that counts or buys goods,
 * once its latest count (or, before any, its first purchase) is more than a month old, and not
 * within a month of being set aside.
 */
export function stockCountDue(basis: StockReminderBasis, today: BusinessDate): boolean {
  const since = basis.lastCount ?? basis.firstPurchase;
  if (since === undefined || today <= aMonthAfter(since)) return false;
  return basis.dismissedOn === undefined || today > aMonthAfter(basis.dismissedOn);
}
