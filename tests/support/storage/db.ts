import { expect } from 'vitest';
import type { Account, Book, Category, EntryFields, TransferFields } from '../../../src/domain/model';
import type { Result } from '../../../src/domain/result';
import {
  addAccount,
  createBook,
  LumbungDb,
  SCHEMA_VERSIONS,
  type BookInput,
  type SchemaVersion,
} from '../../../src/storage';

let counter = 0;

/** A database name no other test uses. */
export const freshName = (): string =>
  `lumbung-test-${process.pid}-${++counter}-${Math.random().toString(36).slice(2)}`;

/** A new, empty database of the current schema (or of the first few versions). */
export const freshDb = (versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): LumbungDb =>
  new LumbungDb(freshName(), versions);

/** The value of a successful result; fails the test with the problems otherwise. */
export function unwrap<T, E>(result: Result<T, E>): T {
  if (!result.ok) expect.fail(`expected success, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** The codes of a failed result; fails the test when it succeeded. */
export function codes<T, E extends { code: string }>(result: Result<T, E>): string[] {
  if (result.ok) expect.fail('expected a refusal, got success');
  return result.errors.map((e) => e.code);
}

/** Warung Maria's identity, as a member would fill it in. */
export const MARIA: BookInput = {
  name: 'Warung Maria',
  owner: 'Maria Goreti',
  memberNumber: 'KD-0412',
  cooperative: 'Kopdit Pintu Air',
  branch: 'Maumere',
  businessType: 'Kios sembako',
  address: 'Jl. Ahmad Yani 12, Maumere',
  phone: '081234567890',
  timeZone: 'Asia/Makassar',
};

/** A book as a test uses it: the book, its accounts and categories looked up by name. */
export interface TestBook {
  book: Book;
  kas: Account;
  category: (name: string) => Category;
  account: (name: string) => Account;
}

/** Creates Warung Maria with a BRI account besides Kas. */
export async function makeBook(db: LumbungDb): Promise<TestBook> {
  const book = unwrap(await createBook(db, MARIA));
  unwrap(await addAccount(db, book.id, { name: 'BRI', type: 'bank' }));
  const accounts = await db.accounts.where('bookId').equals(book.id).toArray();
  const categories = await db.categories.where('bookId').equals(book.id).toArray();
  const find = <T extends { name: string }>(rows: T[], name: string): T => {
    const row = rows.find((r) => r.name === name);
    if (!row) throw new Error(`no ${name}`);
    return row;
  };
  return {
    book,
    kas: find(accounts, 'Kas'),
    category: (name) => find(categories, name),
    account: (name) => find(accounts, name),
  };
}

/** A sale in cash, with any field overridden. */
export function sale(t: TestBook, overrides: Partial<EntryFields> = {}): EntryFields {
  return {
    date: '2026-03-02',
    direction: 'in',
    amount: 25_000,
    categoryId: t.category('Penjualan').id,
    accountId: t.kas.id,
    note: 'jual kopi',
    counterparty: '',
    ...overrides,
  };
}

/** An expense from cash, with any field overridden. */
export function expense(t: TestBook, overrides: Partial<EntryFields> = {}): EntryFields {
  return sale(t, {
    direction: 'out',
    amount: 10_000,
    categoryId: t.category('Listrik').id,
    note: 'token',
    ...overrides,
  });
}

/** Cash deposited to BRI, with any field overridden. */
export function deposit(t: TestBook, overrides: Partial<TransferFields> = {}): TransferFields {
  return {
    date: '2026-03-02',
    amount: 100_000,
    fromAccountId: t.kas.id,
    toAccountId: t.account('BRI').id,
    note: 'setor',
    ...overrides,
  };
}

/** Every row of every table, for "nothing changed" assertions. */
export async function dumpTables(db: LumbungDb): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  return dump;
}
