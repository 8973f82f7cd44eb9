import { Dexie, type Table } from 'dexie';
import type { Expectation } from '../domain/changes/change';
import type { Category, Id } from '../domain/model';
import type { LumbungDb } from './db';
import { expectUnchanged } from './retry';

/** How many entries, voided ones included, use a category (a range of the category's ledger index). */
export const entriesUsing = (db: LumbungDb, category: Category): Promise<number> =>
  db.entries
    .where('[bookId+categoryId+date+recordedAt+id]')
    .between([category.bookId, category.id], [category.bookId, category.id, Dexie.maxKey], true, true)
    .count();

/** A book's rows of a table, in the order an expectation compares them. */
export const bookRows = <T>(table: Table<T, Id>, bookId: Id): Promise<T[]> =>
  table.where('bookId').equals(bookId).toArray();

/** The tables an expectation reads. */
export function expectationTables(db: LumbungDb, e: Expectation): Table[] {
  if (e.what === 'row' || e.what === 'rows') return [db[e.table]];
  if (e.what === 'kind') return [db.categories];
  return [db.categories, db.entries];
}

/**
 * Inside a write transaction: the request that reads what an expectation is about, rejecting with
 * `StaleReadError` (so the verb starts over) when it no longer holds.
 */
export function checkExpectation(db: LumbungDb, e: Expectation): Promise<void> {
  switch (e.what) {
    case 'row': {
      const table = db[e.table] as Table<unknown, Id>;
      return table.get(e.id).then((row) => expectUnchanged(e.row, row, `${e.table} ${e.id}`));
    }
    case 'rows':
      return bookRows(db[e.table] as Table<unknown, Id>, e.bookId).then((rows) =>
        expectUnchanged(e.rows, rows, `${e.table} of book ${e.bookId}`),
      );
    case 'kind':
      return db.categories
        .get(e.categoryId)
        .then((c) => expectUnchanged(e.kind, c?.kind, `kind of category ${e.categoryId}`));
    case 'unused':
      return Promise.all([db.categories.get(e.category.id), entriesUsing(db, e.category)]).then(
        ([category, used]) => {
          expectUnchanged(e.category, category, `category ${e.category.id}`);
          expectUnchanged(0, used, `entries of category ${e.category.id}`);
        },
      );
  }
}
