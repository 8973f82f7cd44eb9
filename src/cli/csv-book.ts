import { parseImportCsv, planImport, type CsvRefusal, type ImportPlan } from '../domain/csv';
import { CASH_ACCOUNT_NAME, DEFAULT_CATEGORIES } from '../domain/defaults';
import type { Account, Category, Entry, Transfer } from '../domain/model';
import { newId } from '../domain/platform';

/** A book made from an import file, as the statement command needs it. */
export interface CsvBook {
  plan: ImportPlan;
  categories: Category[];
  accounts: Account[];
  entries: Entry[];
  transfers: Transfer[];
}

const BOOK_ID = 'cli';

/**
 * Reads an import file into a new book (default categories and Kas, as the app makes one), the way
 * an import would store it: every row imported, recorded `now`.
 */
export function bookFromCsv(text: string, now: Date): { ok: true; book: CsvBook } | CsvRefusal {
  const parsed = parseImportCsv(text);
  if (!parsed.ok) return parsed;
  const at = now.toISOString();
  const categories: Category[] = DEFAULT_CATEGORIES.map((c) => ({
    id: newId(),
    bookId: BOOK_ID,
    name: c.name,
    kind: c.kind,
    hidden: false,
    createdAt: at,
  }));
  const accounts: Account[] = [
    { id: newId(), bookId: BOOK_ID, name: CASH_ACCOUNT_NAME, type: 'cash', hidden: false, createdAt: at },
  ];
  const planned = planImport(parsed.rows, { categories, accounts });
  if (!planned.ok) return planned;
  const { plan } = planned;
  for (const c of plan.newCategories)
    categories.push({
      id: newId(),
      bookId: BOOK_ID,
      name: c.name,
      kind: c.kind,
      hidden: false,
      createdAt: at,
    });
  for (const a of plan.newAccounts)
    accounts.push({ id: newId(), bookId: BOOK_ID, name: a.name, type: a.type, hidden: false, createdAt: at });
  const categoryId = new Map(categories.map((c) => [c.name, c.id]));
  const accountId = new Map(accounts.map((a) => [a.name, a.id]));
  const idOf = (map: Map<string, string>, name: string) => map.get(name) ?? name;
  const stamp = { bookId: BOOK_ID, recordedAt: at, updatedAt: at, source: 'import' as const, voided: false };
  const entries: Entry[] = plan.entries.map((e) => ({
    ...stamp,
    id: newId(),
    date: e.date,
    direction: e.direction,
    amount: e.amount,
    categoryId: idOf(categoryId, e.categoryName),
    accountId: idOf(accountId, e.accountName),
    note: e.note,
    counterparty: '',
  }));
  const transfers: Transfer[] = plan.transfers.map((t) => ({
    ...stamp,
    id: newId(),
    date: t.date,
    amount: t.amount,
    fromAccountId: idOf(accountId, t.fromAccountName),
    toAccountId: idOf(accountId, t.toAccountName),
    note: t.note,
  }));
  return { ok: true, book: { plan, categories, accounts, entries, transfers } };
}
