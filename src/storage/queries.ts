import type { Collection, IndexableType, Table } from 'dexie';
import type { BusinessDate } from '../domain/dates';
import { CATEGORY_KINDS } from '../domain/kinds';
import { EVERY_MONTH, unpackMonths } from '../domain/reports/year-rollups';
import type { DailyTotal, DailyTransferTotal } from '../domain/daily-rollups';
import type { Account, Book, Category, Entry, Id, Transfer } from '../domain/model';
import { isCashAccount } from './accounts';
import type { LumbungDb } from './db';
import { datedBounds, prefixBounds } from './key-bounds';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'id-ID');

/** Every book on this device, by name. */
export async function listBooks(db: LumbungDb): Promise<Book[]> {
  return (await db.books.toArray()).sort(byName);
}

/** One book, or undefined. */
export const getBook = (db: LumbungDb, id: Id): Promise<Book | undefined> => db.books.get(id);

/** A book's accounts, hidden ones included: `Kas` first, then by name. */
export const listAccounts = async (db: LumbungDb, bookId: Id): Promise<Account[]> =>
  sortAccounts(await db.accounts.where('bookId').equals(bookId).toArray());

/** Accounts in the order they are shown: `Kas` first, then by name (sorts in place). */
export const sortAccounts = (accounts: Account[]): Account[] =>
  accounts.sort((a, b) => Number(isCashAccount(b)) - Number(isCashAccount(a)) || byName(a, b));

/** A book's categories, hidden ones included: by kind (docs/domain.md#kinds-of-category), then by name. */
export const listCategories = async (db: LumbungDb, bookId: Id): Promise<Category[]> =>
  sortCategories(await db.categories.where('bookId').equals(bookId).toArray());

const rank = (c: Category) => CATEGORY_KINDS.indexOf(c.kind);

/** Categories in the order they are shown: by kind, then by name (sorts in place). */
export const sortCategories = (categories: Category[]): Category[] =>
  categories.sort((a, b) => rank(a) - rank(b) || byName(a, b));

/** How many non-voided entries use each category (from the year rows' months), so pickers can put the most used first. */
export async function categoryUsage(db: LumbungDb, bookId: Id): Promise<Map<Id, number>> {
  const usage = new Map<Id, number>();
  const years = await keyRange(db.yearTotals, [bookId], [bookId]).toArray();
  for (const cell of unpackMonths(years, EVERY_MONTH).monthly)
    usage.set(cell.categoryId, (usage.get(cell.categoryId) ?? 0) + cell.count);
  return usage;
}

/** Rows whose compound primary key starts within [from, to], prefixes included (`prefixBounds`). */
export function keyRange<R, K>(table: Table<R, K, R>, from: IndexableType[], to: IndexableType[]) {
  const { index, lower, upper } = prefixBounds(from, to);
  return table.where(index).between(lower, upper, true, true);
}

/** One entry, or undefined. */
export const getEntry = (db: LumbungDb, id: Id): Promise<Entry | undefined> => db.entries.get(id);

/** One transfer, or undefined. */
export const getTransfer = (db: LumbungDb, id: Id): Promise<Transfer | undefined> => db.transfers.get(id);

/** A range of a table's [bookId+date] index (`to` inclusive unless told); the whole book when no dates are given. */
export function inRange<R, K>(
  table: Table<R, K, R>,
  bookId: Id,
  from?: BusinessDate,
  to?: BusinessDate,
  includeTo = true,
): Collection<R, K, R> {
  const { index, lower, upper } = datedBounds(bookId, from, to);
  return table.where(index).between(lower, upper, true, includeTo);
}

/** A book's entries dated in [from, to] (voided ones only when asked), oldest first. */
export async function entriesInRange(
  db: LumbungDb,
  bookId: Id,
  from: BusinessDate,
  to: BusinessDate,
  opts: { includeVoided?: boolean } = {},
): Promise<Entry[]> {
  const entries = await inRange(db.entries, bookId, from, to).toArray();
  return entries.filter((e) => opts.includeVoided || !e.voided);
}

/** A book's transfers dated in [from, to] (voided ones only when asked), oldest first. */
export async function transfersInRange(
  db: LumbungDb,
  bookId: Id,
  from: BusinessDate,
  to: BusinessDate,
  opts: { includeVoided?: boolean } = {},
): Promise<Transfer[]> {
  const transfers = await inRange(db.transfers, bookId, from, to).toArray();
  return transfers.filter((t) => opts.includeVoided || !t.voided);
}

/** A book's daily totals dated in [from, to], oldest first. */
export const dailyTotalsInRange = (
  db: LumbungDb,
  bookId: Id,
  from: BusinessDate,
  to: BusinessDate,
): Promise<DailyTotal[]> => inRange(db.dailyTotals, bookId, from, to).toArray();

/** A book's daily transfer totals dated in [from, to], oldest first. */
export const transferTotalsInRange = (
  db: LumbungDb,
  bookId: Id,
  from: BusinessDate,
  to: BusinessDate,
): Promise<DailyTransferTotal[]> => inRange(db.dailyTransferTotals, bookId, from, to).toArray();

/** A row of the given book, or undefined when it is missing or belongs to another book. */
export async function belongingTo<T extends { bookId: Id }>(
  table: Table<T, Id>,
  bookId: Id,
  id: Id,
): Promise<T | undefined> {
  const row = typeof id === 'string' ? await table.get(id) : undefined;
  return row?.bookId === bookId ? row : undefined;
}
