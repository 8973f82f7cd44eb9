import type { Account, Book, Category, Id } from '../domain/model';
import type { LumbungDb } from './db';
import type { KnownRows } from './rollup-change';
import type { ChainTip } from './revisions';

/**
 * What this tab's last entry save in a book used and wrote: the book, the category and account,
 * the chain's tip after it and the rollup rows it changed. The next save of the same category and
 * account (a run of sales on one day) starts from it instead of reading first. Its write
 * transaction checks the chain's tip: any write that could have changed these rows or the
 * category's kind since moves the chain (or, for a kind, needs no entry to use the category, while
 * the last save's entry does), and a moved chain makes the save start over from a fresh read. So
 * it is never trusted beyond an unmoved chain.
 */
export interface SaveAhead {
  book: Book;
  tip: ChainTip;
  category: Category;
  account: Account;
  rows: KnownRows;
}

const memory = new WeakMap<LumbungDb, Map<Id, SaveAhead>>();

/** What this tab remembers of a book, if anything. */
export const recall = (db: LumbungDb, bookId: Id): SaveAhead | undefined => memory.get(db)?.get(bookId);

/** Remembers what a save used and wrote, in place of what was remembered before. */
export function remember(db: LumbungDb, bookId: Id, state: SaveAhead): void {
  const books = memory.get(db) ?? new Map<Id, SaveAhead>();
  books.set(bookId, state);
  memory.set(db, books);
}

/** Forgets a book's state (something moved: the next save reads afresh). */
export const forget = (db: LumbungDb, bookId: Id): void => void memory.get(db)?.delete(bookId);
