import { Dexie } from 'dexie';
import type { ImportCreditBook } from '../domain/csv/plan-credit';
import type { ExportCredit } from '../domain/csv/export';
import type { BusinessDate } from '../domain/dates';
import type { Id } from '../domain/model';
import type { LumbungDb } from './db';
import { bookRows } from './expectations';
import { inRange } from './queries';
import { stockBasis } from './stock-counts';

/**
 * A book's debts and stock dated in [from, to], for the CSV export: its contacts, and the
 * settlements, stock counts and opening items of the period (the export leaves voided ones out).
 * Counts and opening items are a few per contact or month, so they are read whole and filtered.
 */
export async function creditRecordsInRange(
  db: LumbungDb,
  bookId: Id,
  from: BusinessDate,
  to: BusinessDate,
): Promise<ExportCredit> {
  const within = (r: { date: BusinessDate }) => r.date >= from && r.date <= to;
  const [contacts, settlements, stockCounts, openingItems] = await Promise.all([
    bookRows(db.contacts, bookId),
    inRange(db.settlements, bookId, from, to).toArray(),
    bookRows(db.stockCounts, bookId),
    bookRows(db.openingItems, bookId),
  ]);
  return {
    contacts,
    settlements,
    stockCounts: stockCounts.filter(within),
    openingItems: openingItems.filter(within),
  };
}

/**
 * What an import file is checked against of the book's debts and stock: its contacts, every credit
 * rollup day (settlements in the file are checked against what is owed on their dates), its stock
 * counts and the date of its earliest record.
 */
export async function importCreditBook(db: LumbungDb, bookId: Id): Promise<ImportCreditBook> {
  const [contacts, credit, stock] = await Promise.all([
    bookRows(db.contacts, bookId),
    db.contactDailyTotals.where(':id').between([bookId, Dexie.minKey], [bookId, Dexie.maxKey]).toArray(),
    stockBasis(db, bookId),
  ]);
  return {
    contacts: contacts.map(({ id, name }) => ({ id, name })),
    credit,
    stockCounts: stock.counts.filter((c) => !c.voided).map(({ date, opening }) => ({ date, opening })),
    ...(stock.firstRecordDate === undefined ? {} : { firstRecordDate: stock.firstRecordDate }),
  };
}
