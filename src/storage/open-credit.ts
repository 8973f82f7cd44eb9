import { Dexie, type Table } from 'dexie';
import type { OutstandingItem } from '../domain/credit/aging';
import { openCreditKey, kindLookup, openCreditOfRecords, type OpenCredit } from '../domain/credit/open-items';
import { addDays, type BusinessDate } from '../domain/dates';
import type { Id } from '../domain/model';
import type { LumbungDb } from './db';
import { keyRange } from './queries';

/** The tables a write of credit deltas holds to keep open credit: the kept rows and what a recount reads. */
export const openCreditTables = (db: LumbungDb): Table[] => [
  db.openCredit,
  db.categories,
  db.entries,
  db.settlements,
  db.openingItems,
];

const bookOpenCredit = (db: LumbungDb, bookId: Id) => keyRange(db.openCredit, [bookId], [bookId]);

/**
 * What every contact of a book still owes or is owed at the end of `date`, read from the kept open
 * credit (a row per contact side) when no credit record is dated after `date`, as on the home
 * screen today; undefined when one is, and the items must be walked.
 */
export async function keptOutstanding(
  db: LumbungDb,
  bookId: Id,
  date: BusinessDate,
): Promise<OutstandingItem[] | undefined> {
  return db.transaction('r', [db.openCredit, db.contactDailyTotals], async () => {
    const [later, rows] = await Promise.all([
      db.contactDailyTotals
        .where(':id')
        .between([bookId, addDays(date, 1)], [bookId, Dexie.maxKey])
        .first(),
      bookOpenCredit(db, bookId).toArray(),
    ]);
    return later ? undefined : rows.flatMap((r) => r.items);
  });
}

/** A book's open credit as its records count it (the reference the kept rows must equal). */
export async function expectedOpenCredit(db: LumbungDb, bookId: Id): Promise<OpenCredit[]> {
  const [categories, entries, settlements, openingItems] = await Promise.all([
    db.categories.where('bookId').equals(bookId).toArray(),
    db.entries.where('[bookId+contactId+date]').between([bookId, ''], [bookId, '\uffff']).toArray(),
    db.settlements.where('bookId').equals(bookId).toArray(),
    db.openingItems.where('bookId').equals(bookId).toArray(),
  ]);
  const kindOf = kindLookup(categories);
  return openCreditOfRecords(bookId, entries, kindOf, settlements, openingItems);
}

/** Every contact side whose kept open credit differs from what the book's records count (none when exact). */
export async function checkOpenCredit(
  db: LumbungDb,
  bookId: Id,
): Promise<{ key: string; stored: string | null; expected: string | null }[]> {
  const [expected, stored] = await Promise.all([
    expectedOpenCredit(db, bookId),
    bookOpenCredit(db, bookId).toArray(),
  ]);
  const text = (o: OpenCredit) => JSON.stringify({ newest: o.newest, items: o.items });
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
  const expected = await expectedOpenCredit(db, bookId);
  await bookOpenCredit(db, bookId).delete();
  await db.openCredit.bulkAdd(expected);
  return expected.length;
}
