import type { Transaction } from 'dexie';
import { kindLookup, openCreditOfRecords } from '../domain/credit/open-items';
import type { OpeningItem, Settlement } from '../domain/credit/records';
import type { Category, Entry, Id } from '../domain/model';

const byBook = <T extends { bookId: Id }>(rows: readonly T[]) => {
  const books = new Map<Id, T[]>();
  for (const row of rows) {
    const list = books.get(row.bookId) ?? [];
    list.push(row);
    books.set(row.bookId, list);
  }
  return books;
};

/** Version 10: counts each book's open credit (what every contact still owes, item by item) from its records. */
export async function fillOpenCreditOnUpgrade(tx: Transaction): Promise<void> {
  const [categories, entries, settlements, openingItems] = await Promise.all([
    tx.table<Category>('categories').toArray(),
    tx
      .table<Entry>('entries')
      .filter((e) => e.contactId !== undefined)
      .toArray(),
    tx.table<Settlement>('settlements').toArray(),
    tx.table<OpeningItem>('openingItems').toArray(),
  ]);
  const kindOf = kindLookup(categories);
  const [entryBooks, settledBooks, openingBooks] = [
    byBook(entries),
    byBook(settlements),
    byBook(openingItems),
  ];
  const bookIds = new Set([...entryBooks.keys(), ...openingBooks.keys()]);
  const rows = [...bookIds].flatMap((bookId) =>
    openCreditOfRecords(
      bookId,
      entryBooks.get(bookId) ?? [],
      kindOf,
      settledBooks.get(bookId) ?? [],
      openingBooks.get(bookId) ?? [],
    ),
  );
  await tx.table('openCredit').bulkAdd(rows);
}
