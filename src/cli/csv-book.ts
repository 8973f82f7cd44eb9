import { parseImportCsv, planImport, type CsvRefusal, type ImportPlan } from '../domain/csv';
import type { Contact, OpeningItem, Settlement, StockCount } from '../domain/credit/records';
import { CASH_ACCOUNT_NAME, DEFAULT_CATEGORIES } from '../domain/defaults';
import type { Account, Category, Entry, Transfer } from '../domain/model';
import { newId } from '../domain/platform';
import { lineOrderedId } from '../domain/changes/import-ids';

/** A book made from an import file, as the statement command needs it. */
export interface CsvBook {
  plan: ImportPlan;
  categories: Category[];
  accounts: Account[];
  entries: Entry[];
  transfers: Transfer[];
  contacts: Contact[];
  settlements: Settlement[];
  stockCounts: StockCount[];
  openingItems: OpeningItem[];
}

const BOOK_ID = 'cli';

/** A record id that sorts in file order, as the app's import makes them. */
const idAt = (line: number): string => lineOrderedId(line, newId);

/**
 * Reads an import file into a new book (default categories and Kas, as the app makes one), the way
 * an import would store it: every row imported, recorded `now`, contacts made as the rows name them.
 */
export function bookFromCsv(text: string, now: Date): { ok: true; book: CsvBook } | CsvRefusal {
  const parsed = parseImportCsv(text);
  if (!parsed.ok) return parsed;
  const at = now.toISOString();
  const category = (c: Pick<Category, 'name' | 'kind'>): Category => ({
    id: newId(),
    bookId: BOOK_ID,
    name: c.name,
    kind: c.kind,
    hidden: false,
    createdAt: at,
  });
  const categories: Category[] = DEFAULT_CATEGORIES.map(category);
  const accounts: Account[] = [
    { id: newId(), bookId: BOOK_ID, name: CASH_ACCOUNT_NAME, type: 'cash', hidden: false, createdAt: at },
  ];
  const planned = planImport(parsed.rows, { categories, accounts });
  if (!planned.ok) return planned;
  const { plan } = planned;
  categories.push(...plan.newCategories.map(category));
  for (const a of plan.newAccounts)
    accounts.push({ id: newId(), bookId: BOOK_ID, name: a.name, type: a.type, hidden: false, createdAt: at });
  const contacts: Contact[] = plan.newContacts.map((c) => ({
    id: newId(),
    bookId: BOOK_ID,
    name: c.name,
    whatsapp: '',
    role: c.role,
    hidden: false,
    createdAt: at,
    updatedAt: at,
  }));
  const categoryId = new Map(categories.map((c) => [c.name, c.id]));
  const accountId = new Map(accounts.map((a) => [a.name, a.id]));
  const contactId = new Map(contacts.map((c) => [c.name, c.id]));
  const idOf = (map: Map<string, string>, name: string) => map.get(name) ?? name;
  const stamp = { bookId: BOOK_ID, recordedAt: at, updatedAt: at, source: 'import' as const, voided: false };
  const due = (d: string | undefined) => (d === undefined ? {} : { dueDate: d });
  const entries: Entry[] = plan.entries.map((e) => ({
    ...stamp,
    id: idAt(e.line),
    date: e.date,
    direction: e.direction,
    amount: e.amount,
    categoryId: idOf(categoryId, e.categoryName),
    accountId: idOf(accountId, e.accountName),
    note: e.note,
    counterparty: '',
    ...(e.contactName === undefined ? {} : { contactId: idOf(contactId, e.contactName) }),
    ...(e.paid === undefined ? {} : { paid: e.paid }),
    ...due(e.dueDate),
  }));
  const transfers: Transfer[] = plan.transfers.map((t) => ({
    ...stamp,
    id: idAt(t.line),
    date: t.date,
    amount: t.amount,
    fromAccountId: idOf(accountId, t.fromAccountName),
    toAccountId: idOf(accountId, t.toAccountName),
    note: t.note,
  }));
  const settlements: Settlement[] = plan.settlements.map((s) => ({
    ...stamp,
    id: idAt(s.line),
    date: s.date,
    type: s.type,
    contactId: idOf(contactId, s.contactName),
    amount: s.amount,
    accountId: idOf(accountId, s.accountName),
    note: s.note,
  }));
  const stockCounts: StockCount[] = plan.stockCounts.map((c) => ({
    ...stamp,
    id: idAt(c.line),
    date: c.date,
    value: c.value,
    opening: c.opening,
    note: c.note,
  }));
  const openingItems: OpeningItem[] = plan.openingItems.map((o) => ({
    ...stamp,
    id: idAt(o.line),
    date: o.date,
    side: o.side,
    contactId: idOf(contactId, o.contactName),
    amount: o.amount,
    ...due(o.dueDate),
    note: o.note,
  }));
  return {
    ok: true,
    book: {
      plan,
      categories,
      accounts,
      entries,
      transfers,
      contacts,
      settlements,
      stockCounts,
      openingItems,
    },
  };
}
