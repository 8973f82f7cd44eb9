import { Dexie, type Table } from 'dexie';
import { openCreditKey, kindLookup, openCreditOfRecords, type OpenCredit } from '../domain/credit/open-items';
import type { Contact } from '../domain/credit/records';
import { addDays, lastDayOf, monthOf, type BusinessDate } from '../domain/dates';
import type { Id } from '../domain/model';
import type { LumbungDb } from './db';
import { keyRange } from './queries';
import { bookRead, keyRead, readRanges, type RowsOf } from './range-reads';

/** The tables a write of credit deltas holds to keep open credit: the kept rows and what a recount reads. */
export const openCreditTables = (db: LumbungDb): Table[] => [
  db.openCredit,
  db.categories,
  db.entries,
  db.settlements,
  db.openingItems,
];

const bookOpenCredit = (db: LumbungDb, bookId: Id) => keyRange(db.openCredit, [bookId], [bookId]);

/** A book's contacts and, when nothing of its debts is dated after the day asked, its kept open credit. */
export interface KeptDebts {
  contacts: Contact[];
  /** Undefined when a credit record is dated after the day, and the items must be walked. */
  rows: OpenCredit[] | undefined;
}

/**
 * The reads of a book's kept open credit (a row per contact side) and of whether any credit record
 * is dated after `date`: the credit years from `date`'s year on (a row a year) and the rest of its
 * month's days, bounded however far back `date` is.
 */
function keptReads(db: LumbungDb, bookId: Id, date: BusinessDate) {
  const month = monthOf(date);
  return [
    keyRead(db.openCredit, [bookId], [bookId]),
    keyRead(db.creditYears, [bookId, date.slice(0, 4)], [bookId]),
    date < lastDayOf(month)
      ? keyRead(db.contactDailyTotals, [bookId, addDays(date, 1)], [bookId, lastDayOf(month)])
      : null,
  ] as const;
}

/** The kept rows of `keptReads` when they hold at the end of `date`: nothing of the debts is dated later. */
function keptAt(
  [rows, years, days]: RowsOf<ReturnType<typeof keptReads>>,
  date: BusinessDate,
): OpenCredit[] | undefined {
  const month = monthOf(date);
  const later = days.length > 0 || years.some((y) => y.cells.some((c) => c.month > month));
  return later ? undefined : rows;
}

/**
 * Every contact of a book and what each still owes or is owed at the end of `date`, from the kept
 * open credit when no credit record is dated after `date`, as on the home screen today. One read
 * transaction, every request issued at once.
 */
export async function keptDebts(db: LumbungDb, bookId: Id, date: BusinessDate): Promise<KeptDebts> {
  const [contacts, ...kept] = await readRanges(db, [
    bookRead(db.contacts, bookId),
    ...keptReads(db, bookId, date),
  ] as const);
  return { contacts, rows: keptAt(kept, date) };
}

/** A book's kept open credit at the end of `date`, without its contacts; undefined as in `keptDebts`. */
export const keptOpenCredit = async (
  db: LumbungDb,
  bookId: Id,
  date: BusinessDate,
): Promise<OpenCredit[] | undefined> => keptAt(await readRanges(db, keptReads(db, bookId, date)), date);

/**
 * The open credit of a book's contacts as their records count it, or of one contact (both sides)
 * when `contactId` is given: the reference the kept rows must equal, and what a write that cannot
 * append counts again. Entries, settlements and opening items are read on their contact index.
 */
export async function countedOpenCredit(db: LumbungDb, bookId: Id, contactId?: Id): Promise<OpenCredit[]> {
  const prefix = contactId === undefined ? [bookId] : [bookId, contactId];
  const ofContacts = <T>(table: Table<T, Id>) =>
    table
      .where('[bookId+contactId+date]')
      .between([...prefix, Dexie.minKey], [...prefix, Dexie.maxKey])
      .toArray();
  const [categories, entries, settlements, openingItems] = await Promise.all([
    db.categories.where('bookId').equals(bookId).toArray(),
    ofContacts(db.entries),
    ofContacts(db.settlements),
    ofContacts(db.openingItems),
  ]);
  return openCreditOfRecords(bookId, entries, kindLookup(categories), settlements, openingItems);
}

/** Every contact side whose kept open credit differs from what the book's records count (none when exact). */
export async function checkOpenCredit(
  db: LumbungDb,
  bookId: Id,
): Promise<{ key: string; stored: string | null; expected: string | null }[]> {
  const [expected, stored] = await Promise.all([
    countedOpenCredit(db, bookId),
    bookOpenCredit(db, bookId).toArray(),
  ]);
  const text = (o: OpenCredit) =>
    JSON.stringify({ newest: o.newest, dueDates: o.dueDates, remaining: o.remaining });
  const want = new Map(expected.map((o) => [openCreditKey(o), text(o)]));
  const out: { key: string; stored: string | null; expected: string | null }[] = [];
  for (const row of stored) {
    const key = openCreditKey(row);
    const should = want.get(key) ?? null;
    want.delete(key);
    if (text(row) !== should) out.push({ key, stored: text(row), expected: should });
  }
  for (const [key, should] of want) out.push({ key, stored: null, expected: should });
  return out;
}

/** Inside a transaction holding the open credit tables: replaces a book's kept rows with its records' count. */
export async function rebuildOpenCredit(db: LumbungDb, bookId: Id): Promise<number> {
  const expected = await countedOpenCredit(db, bookId);
  await bookOpenCredit(db, bookId).delete();
  await db.openCredit.bulkAdd(expected);
  return expected.length;
}
