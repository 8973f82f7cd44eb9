import { addDays } from '../domain/dates';
import type { Account, Book, Category, Entry, Id, Transfer } from '../domain/model';
import type { Period } from '../domain/reports';
import type { RollupRows } from '../domain/statement/openings';
import type { LumbungDb } from './db';
import { inRange, listAccounts, listCategories } from './queries';
import { rowsUpTo } from './report-rows';
import { creditRecordTables } from './credit-tables';
import { bookRows } from './expectations';
import type { Contact, OpeningItem, Settlement, StockCount } from '../domain/credit/records';
import { rollupTables } from './rollup-tables';

/** What a statement of a period is made from, read at one moment. */
export interface StatementRows {
  book: Book;
  categories: Category[];
  /** In display order: Kas first, then by name. */
  accounts: Account[];
  /** The period's entries, voided ones included (they count as corrections). */
  entries: Entry[];
  /** The period's transfers, voided ones included (the statement leaves them out). */
  transfers: Transfer[];
  /**
   * Everything before the period, as the opening balances need it: each account's carried amount
   * (account years and months) and the daily rollups of the month before the period.
   */
  before: RollupRows;
  /** The book's debts and stock; when it has any, `entries` and `transfers` hold every record up to `to`. */
  credit: {
    contacts: Contact[];
    settlements: Settlement[];
    stockCounts: StockCount[];
    openingItems: OpeningItem[];
  };
}

/**
 * Reads, in one read transaction, what a statement of [from, to] needs: the book, its categories
 * and accounts, the period's entries and transfers, and the rollups carrying everything before the
 * period. The cost grows with the period's entries, plus a few rows per account for each year of
 * history: never with the entries before the period.
 */
export async function statementRows(
  db: LumbungDb,
  bookId: Id,
  period: Period,
): Promise<StatementRows | undefined> {
  const tables = [
    db.books,
    db.categories,
    db.accounts,
    db.entries,
    db.transfers,
    ...rollupTables(db),
    ...creditRecordTables(db),
  ];
  return db.transaction('r', tables, async () => {
    const dayBefore = addDays(period.from, -1);
    const [book, categories, accounts, entries, transfers, before] = await Promise.all([
      db.books.get(bookId),
      listCategories(db, bookId),
      listAccounts(db, bookId),
      inRange(db.entries, bookId, period.from, period.to).toArray(),
      inRange(db.transfers, bookId, period.from, period.to).toArray(),
      rowsUpTo(db, bookId, dayBefore),
    ]);
    if (!book) return undefined;
    const [contacts, settlements, stockCounts, openingItems] = await Promise.all([
      bookRows(db.contacts, bookId),
      inRange(db.settlements, bookId, undefined, period.to).toArray(),
      bookRows(db.stockCounts, bookId),
      bookRows(db.openingItems, bookId),
    ]);
    const credit = { contacts, settlements, stockCounts, openingItems };
    if (settlements.length + stockCounts.length + openingItems.length === 0 && contacts.length === 0)
      return { book, categories, accounts, entries, transfers, before, credit };
    // A `/2` statement recomputes the position before the period from the whole history.
    const [all, moved] = await Promise.all([
      inRange(db.entries, bookId, undefined, period.to).toArray(),
      inRange(db.transfers, bookId, undefined, period.to).toArray(),
    ]);
    return { book, categories, accounts, entries: all, transfers: moved, before, credit };
  });
}
