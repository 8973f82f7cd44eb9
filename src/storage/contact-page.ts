import { Dexie } from 'dexie';
import {
  outstandingItems,
  summariseSide,
  type CreditSummary,
  type OutstandingItem,
} from '../domain/credit/aging';
import { contactBalances } from '../domain/credit/balances';
import type { Contact, OpeningItem, Settlement } from '../domain/credit/records';
import type { BusinessDate } from '../domain/dates';
import type { Entry, Id } from '../domain/model';
import { contactCreditItems, contactEntries } from './credit-items';
import { contactSideRows } from './credit-checks';
import { kindsOf } from './credit-overview';
import type { LumbungDb } from './db';

/** How many of a contact's records its page lists. */
export const CONTACT_PAGE_ITEMS = 50;

/** One record with a contact, for its page: a sale or purchase, a settlement, or an opening item. */
export type ContactRecord =
  | { type: 'entry'; date: BusinessDate; record: Entry }
  | { type: 'settlement'; date: BusinessDate; record: Settlement }
  | { type: 'opening'; date: BusinessDate; record: OpeningItem };

/** A contact's page: what they owe and are owed at a day, the items still owed by age, their latest records. */
export interface ContactPage {
  contact: Contact;
  receivable: CreditSummary;
  payable: CreditSummary;
  outstanding: OutstandingItem[];
  /** Newest first, at most `CONTACT_PAGE_ITEMS`, voided ones included. */
  records: ContactRecord[];
}

const newestFirst = (a: ContactRecord, b: ContactRecord) =>
  a.date > b.date ? -1 : a.date < b.date ? 1 : a.record.recordedAt > b.record.recordedAt ? -1 : 1;

/**
 * One contact's page at `date`, read from the contact's own rows only: its credit rollup days, its
 * newest entries and settlements (at most a page of each) and its opening items, in one read
 * transaction with every request issued at once.
 */
export async function contactPage(
  db: LumbungDb,
  bookId: Id,
  contactId: Id,
  date: BusinessDate,
): Promise<ContactPage | undefined> {
  const tables = [
    db.contacts,
    db.contactDailyTotals,
    db.entries,
    db.settlements,
    db.openingItems,
    db.categories,
  ];
  return db.transaction('r', tables, async () => {
    // Every request at once, the contact's own with them: a contact of another book reads a few rows for nothing.
    const [contact, receivable, payable, entries, settlements, opening, kindOf] = await Promise.all([
      db.contacts.get(contactId),
      contactSideRows(db, bookId, contactId, 'receivable').toArray(),
      contactSideRows(db, bookId, contactId, 'payable').toArray(),
      contactEntries(db, bookId, contactId).limit(CONTACT_PAGE_ITEMS).toArray(),
      db.settlements
        .where('[bookId+contactId+date]')
        .between([bookId, contactId, Dexie.minKey], [bookId, contactId, Dexie.maxKey])
        .reverse()
        .limit(CONTACT_PAGE_ITEMS)
        .toArray(),
      db.openingItems
        .where('[bookId+contactId+date]')
        .between([bookId, contactId, Dexie.minKey], [bookId, contactId, Dexie.maxKey])
        .toArray(),
      kindsOf(db, bookId),
    ]);
    if (!contact || contact.bookId !== bookId) return undefined;
    const balances = contactBalances([...receivable, ...payable], date);
    const live = opening.filter((o) => !o.voided && o.date <= date);
    // The page's newest entries are where the walk for what is still owed starts.
    const newest = { rows: entries, all: entries.length < CONTACT_PAGE_ITEMS };
    const items = await contactCreditItems(db, bookId, contactId, balances, kindOf, live, date, newest);
    const outstanding = outstandingItems(items, balances, date);
    const records: ContactRecord[] = [
      ...entries.map((record): ContactRecord => ({ type: 'entry', date: record.date, record })),
      ...settlements.map((record): ContactRecord => ({ type: 'settlement', date: record.date, record })),
      ...opening.map((record): ContactRecord => ({ type: 'opening', date: record.date, record })),
    ];
    return {
      contact,
      receivable: summariseSide(outstanding, 'receivable', date),
      payable: summariseSide(outstanding, 'payable', date),
      outstanding,
      records: records.sort(newestFirst).slice(0, CONTACT_PAGE_ITEMS),
    };
  });
}
