import { contactBalances } from '../domain/credit/balances';
import { addDays, type BusinessDate } from '../domain/dates';
import type { CreditHistory } from '../domain/statement/credit-history';
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
import { creditUpTo } from './credit-rows';
import { outstandingAt } from './credit-overview';
import { positionAt } from './position';

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
  /** The history before the period a `/2` statement starts from, from the rollups and the contact index. */
  history: CreditHistory;
  /** The book's contacts, stock counts and opening items, and the period's settlements. */
  credit: {
    contacts: Contact[];
    settlements: Settlement[];
    stockCounts: StockCount[];
    openingItems: OpeningItem[];
  };
}

/**
 * The history before a period: the neraca of the day before, as the reports screen reads it, and
 * what remained then of each owing contact's newest items.
 */
async function historyBefore(db: LumbungDb, bookId: Id, day: BusinessDate): Promise<CreditHistory> {
  const [opening, credit] = await Promise.all([positionAt(db, bookId, day), creditUpTo(db, bookId, day)]);
  const carried = await outstandingAt(db, bookId, contactBalances(credit, day), day);
  return { opening, carried, creditBefore: credit.length > 0 };
}

/**
 * Reads, in one read transaction, what a statement of [from, to] needs: the book, its categories
 * and accounts, the period's entries, transfers and settlements, and the rollups carrying
 * everything before the period (with debts, the position then and the items still owed). The cost
 * grows with the period's records, a few rows per account for each year of history, a row per
 * contact and side a month, and each owing contact's newest items: never with the entries before
 * the period.
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
    const [book, categories, accounts, entries, transfers, before, history] = await Promise.all([
      db.books.get(bookId),
      listCategories(db, bookId),
      listAccounts(db, bookId),
      inRange(db.entries, bookId, period.from, period.to).toArray(),
      inRange(db.transfers, bookId, period.from, period.to).toArray(),
      rowsUpTo(db, bookId, dayBefore),
      historyBefore(db, bookId, dayBefore),
    ]);
    if (!book) return undefined;
    const [contacts, settlements, stockCounts, openingItems] = await Promise.all([
      bookRows(db.contacts, bookId),
      inRange(db.settlements, bookId, period.from, period.to).toArray(),
      bookRows(db.stockCounts, bookId),
      bookRows(db.openingItems, bookId),
    ]);
    const credit = { contacts, settlements, stockCounts, openingItems };
    return { book, categories, accounts, entries, transfers, before, history, credit };
  });
}
