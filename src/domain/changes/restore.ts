import type { BackupContent } from '../backup/schema';
import type { CategoryKind } from '../kinds';
import { rollUpCredit } from '../credit/rollups';
import { rollUp } from '../daily-rollups';
import { rollUpStock } from '../stock/levels';
import type { Id } from '../model';
import type { Change } from './change';

/**
 * Restoring a checked backup as one change: the books it replaces go first, then every row of the
 * backup with its history carried whole (its chains were verified on reading), the rollups the
 * entries add up to, and the credit rollups and stock levels its debts and stock add up to. Never settings: they belong to the device, not to the book.
 */
export function restoreChange(content: BackupContent, replaces: readonly Id[]): Change {
  const kinds = new Map(content.categories.map((c) => [c.id, c.kind]));
  const kindOf = (id: Id) => kinds.get(id) as CategoryKind;
  const rolled = rollUp(content.entries, content.transfers, kindOf);
  const { contacts = [], settlements = [], stockCounts = [], openingItems = [] } = content;
  const credit = rollUpCredit(content.entries, kindOf, settlements, openingItems);
  const stock = rollUpStock(stockCounts);
  return {
    replaces,
    add: {
      books: content.books,
      accounts: content.accounts,
      categories: content.categories,
      entries: content.entries,
      transfers: content.transfers,
      revisions: content.revisions,
      imports: content.imports,
      products: content.products ?? [],
    },
    addCredit: { contacts, settlements, stockCounts, openingItems },
    daily: rolled.daily,
    dailyTransfers: rolled.transfers,
    // The credit rollups are rebuilt from the records, as the cash ones are, never carried.
    credit,
    stock,
  };
}
