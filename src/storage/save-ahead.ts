import type { Account, Book, Category, Id } from '../domain/model';
import type { LumbungDb } from './db';
import type { KnownRows } from './rollup-change';
import type { ChainTip } from './revisions';

/**
 * What this tab last read or wrote of a book when saving an entry: the book, the categories and
 * accounts it used, the chain's tip and the rollup rows it changed. The next save starts from it
 * instead of reading first. Its write transaction checks the chain's tip: any write that could have
 * changed these rows or the categories' kinds since moves the chain (or, for a kind, needs no entry
 * to use the category, while an entry of this run does), and a moved chain makes the save start
 * over from a fresh read. So it is never trusted beyond an unmoved chain.
 */
export interface SaveAhead {
  book: Book;
  tip: ChainTip;
  categories: ReadonlyMap<Id, Category>;
  accounts: ReadonlyMap<Id, Account>;
  rows: KnownRows;
}

/** Bounds the remembered rollup rows: a busy day touches a few dozen. */
const MAX_ROWS = 500;

const memory = new WeakMap<LumbungDb, Map<Id, SaveAhead>>();

/** What this tab remembers of a book, if anything. */
export const recall = (db: LumbungDb, bookId: Id): SaveAhead | undefined => memory.get(db)?.get(bookId);

/** Remembers a book's state after a save (merged into what was remembered, within bounds). */
export function remember(db: LumbungDb, bookId: Id, state: SaveAhead): void {
  const books = memory.get(db) ?? new Map<Id, SaveAhead>();
  const rows = new Map(state.rows);
  while (rows.size > MAX_ROWS) rows.delete(rows.keys().next().value as string);
  books.set(bookId, { ...state, rows });
  memory.set(db, books);
}

/** Forgets a book's state (something moved: the next save reads afresh). */
export const forget = (db: LumbungDb, bookId: Id): void => void memory.get(db)?.delete(bookId);
