import { addDays, type BusinessDate } from '../dates';
import { countedDate, type StockCount } from '../credit/records';
import type { Id } from '../model';
import { mergeByKey } from '../reports/account-rollups';

/**
 * A stock rollup: the value at cost of the goods on hand at the end of one day, from the one
 * non-voided count that stands for that day (the opening stock stands for the day before its date).
 * A book has a few of these a month at most, so every report reads them all.
 */
export interface StockLevel {
  bookId: Id;
  /** The day the count stands for (`countedDate`). */
  date: BusinessDate;
  /** The value at cost, whole Rupiah ≥ 0. */
  amount: number;
  /** Counts standing for the day: 1 (a second is refused), 0 once voided. */
  count: number;
  /** Whether it is the book's opening stock. */
  opening: boolean;
}

/** The key that identifies a stock level. */
export const stockLevelKey = (t: Pick<StockLevel, 'bookId' | 'date'>): string => `${t.bookId}|${t.date}`;

/** What a stock count adds to (sign 1) or takes from (sign −1) the stock levels; a voided one counts nowhere. */
export function stockCountDelta(c: StockCount, sign: 1 | -1): StockLevel[] {
  if (c.voided) return [];
  return [
    { bookId: c.bookId, date: countedDate(c), amount: sign * c.value, count: sign, opening: c.opening },
  ];
}

/** Stock levels from stock counts: the reference the stored rollups must equal. */
export const rollUpStock = (counts: readonly StockCount[]): StockLevel[] =>
  mergeByKey(
    counts.flatMap((c) => stockCountDelta(c, 1)),
    stockLevelKey,
  ).filter((l) => l.count > 0);

/** S(t): the value of the latest count standing for a day ≤ t, or 0 when there is none. */
export function stockAt(
  levels: readonly Pick<StockLevel, 'date' | 'amount' | 'count'>[],
  date: BusinessDate,
): number {
  let best: { date: BusinessDate; amount: number } | undefined;
  for (const level of levels)
    if (level.count > 0 && level.date <= date && (!best || level.date > best.date)) best = level;
  return best?.amount ?? 0;
}

/** The value of the book's opening stock, or 0 when it has none. */
export const openingStockOf = (levels: readonly Pick<StockLevel, 'amount' | 'count' | 'opening'>[]): number =>
  levels.find((l) => l.opening && l.count > 0)?.amount ?? 0;

/** The stock a period opens and closes with: S(from − 1 day) and S(to). */
export interface InventoryLines {
  /** Σ hpp of the period: goods bought, paid or on credit. */
  purchases: number;
  openingInventory: number;
  closingInventory: number;
}

/** The stock lines of [from, to], given its purchases. HPP is purchases + opening − closing. */
export const inventoryLines = (
  levels: readonly StockLevel[],
  from: BusinessDate,
  to: BusinessDate,
  purchases: number,
): InventoryLines => ({
  purchases,
  openingInventory: stockAt(levels, addDays(from, -1)),
  closingInventory: stockAt(levels, to),
});
