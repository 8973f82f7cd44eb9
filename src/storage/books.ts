import type { BookFields } from '../domain/book-fields';
import { createBookChange, updateBookChange } from '../domain/changes/book';
import type { Book, Id } from '../domain/model';
import { newId } from '../domain/platform';
import { fail, type Result } from '../domain/result';
import { commitPlanned } from './commit-result';
import type { LumbungDb } from './db';
import { problem, type StorageProblem } from './errors';
import { retryOnStale } from './retry';

/** What a member fills in for a book. */
export type BookInput = BookFields;

/** Creates a book with its `Kas` account and the default categories of every kind. */
export const createBook = (db: LumbungDb, input: BookInput): Promise<Result<Book, StorageProblem>> =>
  commitPlanned(db, createBookChange(input, new Date().toISOString(), newId));

/** Changes a book's details (name, owner, cooperative, time zone…). */
export function updateBook(
  db: LumbungDb,
  id: Id,
  patch: Partial<BookInput>,
): Promise<Result<Book, StorageProblem>> {
  return retryOnStale(async () => {
    const book = await db.books.get(id);
    if (!book) return fail(problem('book.notFound'));
    return commitPlanned(db, updateBookChange(book, patch, new Date().toISOString()));
  });
}
