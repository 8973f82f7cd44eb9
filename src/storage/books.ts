import { BOOK_FIELDS, bookFields, bookProblems, type BookFields } from '../domain/book-fields';
import { CASH_ACCOUNT_NAME, DEFAULT_CATEGORIES } from '../domain/defaults';
import type { Account, Book, Category, Id } from '../domain/model';
import { newId } from '../domain/platform';
import { fail, ok, type Result } from '../domain/result';
import type { LumbungDb } from './db';
import { problem, type StorageProblem } from './errors';
import { expectUnchanged, retryOnStale } from './retry';

/** What a member fills in for a book. */
export type BookInput = BookFields;

/** Creates a book with its `Kas` account and the default categories of every kind. */
export async function createBook(db: LumbungDb, input: BookInput): Promise<Result<Book, StorageProblem>> {
  const fields = bookFields(input);
  const problems = bookProblems(fields);
  if (problems.length > 0) return fail(...problems);
  const now = new Date().toISOString();
  const book: Book = { id: newId(), ...fields, createdAt: now, updatedAt: now };
  const cash: Account = {
    id: newId(),
    bookId: book.id,
    name: CASH_ACCOUNT_NAME,
    type: 'cash',
    hidden: false,
    createdAt: now,
  };
  const categories: Category[] = DEFAULT_CATEGORIES.map(({ name, kind }) => ({
    id: newId(),
    bookId: book.id,
    name,
    kind,
    hidden: false,
    createdAt: now,
  }));
  await db.transaction('rw', [db.books, db.accounts, db.categories], async () => {
    await db.books.add(book);
    await db.accounts.add(cash);
    await db.categories.bulkAdd(categories);
  });
  return ok(book);
}

/** Changes a book's details (name, owner, cooperative, time zone…). */
export function updateBook(
  db: LumbungDb,
  id: Id,
  patch: Partial<BookInput>,
): Promise<Result<Book, StorageProblem>> {
  return retryOnStale(async () => {
    const book = await db.books.get(id);
    if (!book) return fail(problem('book.notFound'));
    const fields = bookFields(book);
    for (const field of BOOK_FIELDS) fields[field] = (patch[field] ?? fields[field]).trim();
    const problems = bookProblems(fields);
    if (problems.length > 0) return fail(...problems);
    const updated: Book = { ...book, ...fields, updatedAt: new Date().toISOString() };
    await db.transaction('rw', db.books, async () => {
      expectUnchanged(book, await db.books.get(id), `book ${id}`);
      await db.books.put(updated);
    });
    return ok(updated);
  });
}
