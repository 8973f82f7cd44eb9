import { addDays, addMonths, firstDayOf, lastDayOf, monthOf, type BusinessDate } from '../../domain/dates';
import { directionOf, type Direction } from '../../domain/kinds';
import type { DailyTotal } from '../../domain/daily-rollups';

/** The period presets of the ledger. */
export type LedgerPeriod = 'all' | 'today' | 'week' | 'month' | 'lastMonth';

/** What the member filters the ledger by. */
export interface LedgerFilter {
  period: LedgerPeriod;
  direction: Direction | 'all';
  categoryId: string;
  accountId: string;
  search: string;
}

/** The unfiltered ledger. */
export const NO_FILTER: LedgerFilter = {
  period: 'all',
  direction: 'all',
  categoryId: '',
  accountId: '',
  search: '',
};

/** The date range of a period preset, relative to today. */
export function periodRange(
  period: LedgerPeriod,
  today: BusinessDate,
): { from?: BusinessDate; to?: BusinessDate } {
  switch (period) {
    case 'today':
      return { from: today, to: today };
    case 'week':
      return { from: addDays(today, -6), to: today };
    case 'month':
      return { from: firstDayOf(monthOf(today)), to: lastDayOf(monthOf(today)) };
    case 'lastMonth': {
      const month = addMonths(monthOf(today), -1);
      return { from: firstDayOf(month), to: lastDayOf(month) };
    }
    case 'all':
      return {};
  }
}

/** Each day's money in and out from the rollups, under the same filter as the list. */
export function dayTotalsFromRollups(
  totals: readonly DailyTotal[],
  filter: LedgerFilter,
): Map<BusinessDate, { in: number; out: number }> {
  const days = new Map<BusinessDate, { in: number; out: number }>();
  for (const row of totals) {
    const direction = directionOf(row.kind);
    if (filter.direction !== 'all' && direction !== filter.direction) continue;
    if (filter.categoryId && row.categoryId !== filter.categoryId) continue;
    if (filter.accountId && row.accountId !== filter.accountId) continue;
    const day = days.get(row.date) ?? { in: 0, out: 0 };
    day[direction] += row.amount;
    days.set(row.date, day);
  }
  return days;
}
