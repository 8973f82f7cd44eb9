import { addDays } from '../domain/dates';
import type { DailyTotal, DailyTransferTotal } from '../domain/ledger-rows';
import type { Account, Book, Category, Entry, Id, Transfer } from '../domain/model';
import type { Period } from '../domain/reports';
import type { LumbungDb } from './db';
import { inRange, listAccounts, listCategories } from './queries';

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
  /** The daily rollups of everything before the period: the opening balances. */
  before: { totals: DailyTotal[]; transfers: DailyTransferTotal[] };
}

/**
 * Reads, in one read transaction, what a statement of [from, to] needs: the book, its categories
 * and accounts, the period's entries and transfers, and the rollups dated before the period. The
 * cost grows with the period's entries and the book's days, never with the entries before it.
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
    db.dailyTotals,
    db.dailyTransferTotals,
  ];
  return db.transaction('r', tables, async () => {
    const dayBefore = addDays(period.from, -1);
    const [book, categories, accounts, entries, transfers, totals, moved] = await Promise.all([
      db.books.get(bookId),
      listCategories(db, bookId),
      listAccounts(db, bookId),
      inRange(db.entries, bookId, period.from, period.to).toArray(),
      inRange(db.transfers, bookId, period.from, period.to).toArray(),
      inRange(db.dailyTotals, bookId, undefined, dayBefore).toArray(),
      inRange(db.dailyTransferTotals, bookId, undefined, dayBefore).toArray(),
    ]);
    if (!book) return undefined;
    return { book, categories, accounts, entries, transfers, before: { totals, transfers: moved } };
  });
}
