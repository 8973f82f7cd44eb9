import { creditItemsOf, outstandingItems, type OutstandingItem } from '../credit/aging';
import { contactBalances } from '../credit/balances';
import { countedDate, type OpeningItem, type Settlement, type StockCount } from '../credit/records';
import { rollUpCredit } from '../credit/rollups';
import { rollUp } from '../daily-rollups';
import { addDays } from '../dates';
import type { CategoryKind } from '../kinds';
import type { Category, Entry, Id, Transfer } from '../model';
import { buildPosition, type Position } from '../reports';
import { rollUpStock } from '../stock/levels';
import type { RollupRows } from './openings';

/**
 * What a `/2` statement needs of the book's history before its period, beside `before`: the
 * position at the day before (the neraca of that day), what remained then of each item dated
 * before the period, and whether any debt was recorded before it.
 */
export interface CreditHistory {
  opening: Position;
  carried: readonly OutstandingItem[];
  /** Whether any credit sale or purchase, settlement or opening item is dated before the period. */
  creditBefore: boolean;
}

/** What the history is worked out from when a book's every record is at hand (the command line). */
export interface HistoryRecords {
  from: string;
  entries: readonly Entry[];
  transfers: readonly Transfer[];
  settlements: readonly Settlement[];
  stockCounts: readonly StockCount[];
  openingItems: readonly OpeningItem[];
  categories: readonly Pick<Category, 'id' | 'kind'>[];
}

/**
 * The history before a period and the rollups of it, from raw records, by the rules storage keeps
 * its rollups by: what a phone reads from its rollups, a book of records gives the same.
 */
export function historyFromRecords(input: HistoryRecords): { history: CreditHistory; before: RollupRows } {
  const day = addDays(input.from, -1);
  const kinds = new Map(input.categories.map((c) => [c.id, c.kind]));
  const kindOf = (id: Id): CategoryKind => kinds.get(id) ?? 'modal';
  const earlier = <T extends { date: string; voided: boolean }>(rows: readonly T[]) =>
    rows.filter((r) => !r.voided && r.date <= day);
  const entries = earlier(input.entries);
  const openingItems = earlier(input.openingItems);
  const credit = rollUpCredit(entries, kindOf, earlier(input.settlements), openingItems);
  const stock = rollUpStock(input.stockCounts.filter((c) => !c.voided && countedDate(c) <= day));
  const rolled = rollUp(entries, earlier(input.transfers), kindOf);
  const carried = outstandingItems(
    creditItemsOf(entries, kindOf, openingItems),
    contactBalances(credit, day),
    day,
  );
  return {
    history: {
      opening: buildPosition({ date: day, totals: rolled.daily, credit, stock }),
      carried,
      creditBefore: credit.length > 0,
    },
    before: { totals: rolled.daily, transfers: rolled.transfers, credit },
  };
}
