import { BOOK_FIELDS, bookFields, bookProblems, type BookFields } from '../book-fields';
import { CASH_ACCOUNT_NAME, DEFAULT_CATEGORIES } from '../defaults';
import type { Account, Book, Category, Id, Instant } from '../model';
import { fail, ok, type Problem, type Result } from '../result';
import { canonicalText } from '../text';
import type { Planned } from './change';

/** Creating a book with its `Kas` account and the default categories of every kind. */
export function createBookChange(
  input: BookFields,
  at: Instant,
  newId: () => Id,
): Result<Planned<Book>, Problem> {
  const fields = bookFields(input);
  const problems = bookProblems(fields);
  if (problems.length > 0) return fail(...problems);
  const book: Book = { id: newId(), ...fields, createdAt: at, updatedAt: at };
  const cash: Account = {
    id: newId(),
    bookId: book.id,
    name: CASH_ACCOUNT_NAME,
    type: 'cash',
    hidden: false,
    createdAt: at,
  };
  const categories: Category[] = DEFAULT_CATEGORIES.map(({ name, kind }) => ({
    id: newId(),
    bookId: book.id,
    name,
    kind,
    hidden: false,
    createdAt: at,
  }));
  return ok({
    value: book,
    change: { bookId: book.id, add: { books: [book], accounts: [cash], categories } },
  });
}

/** Changing a book's details (name, owner, cooperative, time zone…); holds while the book is as read. */
export function updateBookChange(
  book: Book,
  patch: Partial<BookFields>,
  at: Instant,
): Result<Planned<Book>, Problem> {
  const fields = bookFields(book);
  for (const field of BOOK_FIELDS) fields[field] = canonicalText(patch[field] ?? fields[field]);
  const problems = bookProblems(fields);
  if (problems.length > 0) return fail(...problems);
  const updated: Book = { ...book, ...fields, updatedAt: at };
  return ok({
    value: updated,
    change: {
      bookId: book.id,
      put: { books: [updated] },
      expects: [{ what: 'row', table: 'books', id: book.id, row: book }],
    },
  });
}
