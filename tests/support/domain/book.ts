import { CASH_ACCOUNT_NAME, DEFAULT_CATEGORIES } from '../../../src/domain/defaults';
import type { CategoryKind } from '../../../src/domain/kinds';
import type { Account, Category, Entry, Id, Transfer } from '../../../src/domain/model';
import type { ImportPlan } from '../../../src/domain/csv';

const BOOK: Id = 'book-1';
const AT = '2026-07-01T03:00:00.000Z';

/** A new book as the app makes it: the default categories and a Kas account. */
export function newBook(): { categories: Category[]; accounts: Account[] } {
  return {
    categories: DEFAULT_CATEGORIES.map((c, i) => ({
      id: `cat-${i}`,
      bookId: BOOK,
      name: c.name,
      kind: c.kind,
      hidden: false,
      createdAt: AT,
    })),
    accounts: [
      { id: 'acc-0', bookId: BOOK, name: CASH_ACCOUNT_NAME, type: 'cash', hidden: false, createdAt: AT },
    ],
  };
}

/** Applies an import plan to a book the way the storage layer would: new rows with ids, entries resolved. */
export function applyPlan(book: { categories: Category[]; accounts: Account[] }, plan: ImportPlan) {
  const categories = [
    ...book.categories,
    ...plan.newCategories.map((c, i) => ({
      id: `cat-new-${i}`,
      bookId: BOOK,
      name: c.name,
      kind: c.kind,
      hidden: false,
      createdAt: AT,
    })),
  ];
  const accounts = [
    ...book.accounts,
    ...plan.newAccounts.map((a, i) => ({
      id: `acc-new-${i}`,
      bookId: BOOK,
      name: a.name,
      type: a.type,
      hidden: false,
      createdAt: AT,
    })),
  ];
  const categoryId = new Map(categories.map((c) => [c.name, c.id]));
  const accountId = new Map(accounts.map((a) => [a.name, a.id]));
  const idOf = (map: Map<string, Id>, name: string): Id => {
    const id = map.get(name);
    if (id === undefined) throw new Error(`the plan names ${name}, which the book does not have`);
    return id;
  };
  const entries: Entry[] = plan.entries.map((e, i) => ({
    id: `e-${i}`,
    bookId: BOOK,
    date: e.date,
    direction: e.direction,
    amount: e.amount,
    categoryId: idOf(categoryId, e.categoryName),
    accountId: idOf(accountId, e.accountName),
    note: e.note,
    counterparty: '',
    recordedAt: AT,
    updatedAt: AT,
    source: 'import',
    voided: false,
  }));
  const transfers: Transfer[] = plan.transfers.map((t, i) => ({
    id: `t-${i}`,
    bookId: BOOK,
    date: t.date,
    amount: t.amount,
    fromAccountId: idOf(accountId, t.fromAccountName),
    toAccountId: idOf(accountId, t.toAccountName),
    note: t.note,
    recordedAt: AT,
    updatedAt: AT,
    source: 'import',
    voided: false,
  }));
  const kinds = new Map<Id, CategoryKind>(categories.map((c) => [c.id, c.kind]));
  const kindOf = (id: Id): CategoryKind => {
    const kind = kinds.get(id);
    if (kind === undefined) throw new Error(`unknown category ${id}`);
    return kind;
  };
  return { categories, accounts, entries, transfers, kindOf };
}
