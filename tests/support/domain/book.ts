import { CASH_ACCOUNT_NAME, DEFAULT_CATEGORIES } from '../../../src/domain/defaults';
import type { CategoryKind } from '../../../src/domain/kinds';
import type { Account, Category, Entry, Id, Transfer } from '../../../src/domain/model';
import type { ImportPlan } from '../../../src/domain/csv';
import type { Contact, OpeningItem, Settlement, StockCount } from '../../../src/domain/credit/records';

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

/** Applies an import plan to a book the way the storage layer would: new rows with ids, names resolved. */
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
  const contacts: Contact[] = plan.newContacts.map((c, i) => ({
    id: `contact-${i}`,
    bookId: BOOK,
    name: c.name,
    whatsapp: '',
    role: c.role,
    hidden: false,
    createdAt: AT,
    updatedAt: AT,
  }));
  const categoryId = new Map(categories.map((c) => [c.name, c.id]));
  const accountId = new Map(accounts.map((a) => [a.name, a.id]));
  const contactId = new Map(contacts.map((c) => [c.name, c.id]));
  const recorded = (id: Id) => ({
    id,
    bookId: BOOK,
    recordedAt: AT,
    updatedAt: AT,
    source: 'import' as const,
    voided: false,
  });
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
    ...(e.contactName === undefined ? {} : { contactId: idOf(contactId, e.contactName) }),
    ...(e.paid === undefined ? {} : { paid: e.paid }),
    ...(e.dueDate === undefined ? {} : { dueDate: e.dueDate }),
    recordedAt: AT,
    updatedAt: AT,
    source: 'import',
    voided: false,
  }));
  const settlements: Settlement[] = plan.settlements.map((s, i) => ({
    ...recorded(`s-${i}`),
    date: s.date,
    type: s.type,
    contactId: idOf(contactId, s.contactName),
    amount: s.amount,
    accountId: idOf(accountId, s.accountName),
    note: s.note,
  }));
  const stockCounts: StockCount[] = plan.stockCounts.map((c, i) => ({
    ...recorded(`stock-${i}`),
    date: c.date,
    value: c.value,
    note: c.note,
    opening: c.opening,
  }));
  const openingItems: OpeningItem[] = plan.openingItems.map((o, i) => ({
    ...recorded(`o-${i}`),
    date: o.date,
    side: o.side,
    contactId: idOf(contactId, o.contactName),
    amount: o.amount,
    ...(o.dueDate === undefined ? {} : { dueDate: o.dueDate }),
    note: o.note,
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
  return {
    categories,
    accounts,
    entries,
    transfers,
    kindOf,
    contacts,
    settlements,
    stockCounts,
    openingItems,
  };
}
