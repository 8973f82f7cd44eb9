import type { Dexie, Transaction } from 'dexie';
import { fillRollupsOnUpgrade } from './upgrade-v2';
import { fillMonthlyRollupsOnUpgrade } from './upgrade-v3';
import { fillYearRowsOnUpgrade } from './upgrade-v9';
import { fillOpenCreditOnUpgrade } from './upgrade-v10';
import { dropMonthlyTotalsOnUpgrade } from './upgrade-v11';
import { fillCreditYearsOnUpgrade } from './upgrade-v12';
import { packYearRowsOnUpgrade } from './upgrade-v13';
import { keepOpenCreditListsOnUpgrade } from './upgrade-v15';
import { foldAccountMonthsOnUpgrade } from './upgrade-v16';

/** One schema version: the stores it adds or changes, and how it upgrades the data before it. */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every schema the app has ever shipped, oldest first. Versions only grow: never edit or remove
 * one, add the next at the end together with a test that upgrades a fixture of the previous one.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      books: 'id',
      accounts: 'id, bookId',
      categories: 'id, bookId',
      entries: 'id, bookId, [bookId+date], [bookId+categoryId], [bookId+accountId], importId',
      transfers: 'id, [bookId+date], importId',
      revisions: '[bookId+seq], subjectId',
      settings: 'key',
    },
  },
  {
    version: 2,
    stores: {
      dailyTotals: '[bookId+date+categoryId+accountId], [bookId+date]',
      dailyTransferTotals: '[bookId+date+fromAccountId+toAccountId], [bookId+date]',
    },
    upgrade: fillRollupsOnUpgrade,
  },
  {
    // Monthly rollups, so a long period reads months instead of days; account months and years,
    // so the balance carried into a period reads a few rows per account instead of its history;
    // and ledger-order indexes (newest first, ties by id), so a page reads only the rows it shows.
    version: 3,
    stores: {
      // [bookId+categoryId] and [bookId+accountId] go: the category index below starts with the
      // first, nothing reads the second, and every index is one more write on every save.
      entries:
        'id, bookId, [bookId+date], importId, [bookId+date+recordedAt+id], [bookId+categoryId+date+recordedAt+id]',
      // Read by ranges of their own keys (a book, then months or years), so no second index.
      monthlyTotals: '[bookId+month+categoryId+accountId]',
      monthlyTransferTotals: '[bookId+month+fromAccountId+toAccountId]',
      accountMonths: '[bookId+month+accountId]',
      accountYears: '[bookId+year+accountId]',
    },
    upgrade: fillMonthlyRollupsOnUpgrade,
  },
  {
    // A record of every CSV import (its SHA-256, file name, time and counts), so the same file
    // imported again is recognised and the member asked before the entries are doubled.
    version: 4,
    stores: {
      imports: 'importId, bookId, [bookId+hash]',
    },
  },
  {
    // Debts and stock: contacts, settlements, stock counts and opening items, with the credit
    // rollups (per day and per month, by contact, side and account) and one stock level per counted
    // day. Entries gain a contact index, which holds only entries that name a contact. A book of
    // version 4 has none of these, so nothing is filled: every figure it had stays as it was.
    version: 5,
    stores: {
      entries:
        'id, bookId, [bookId+date], importId, [bookId+date+recordedAt+id], [bookId+categoryId+date+recordedAt+id], [bookId+contactId+date]',
      contacts: 'id, bookId',
      settlements: 'id, bookId, [bookId+date], [bookId+contactId+date]',
      stockCounts: 'id, bookId',
      openingItems: 'id, bookId, [bookId+contactId+date]',
      contactDailyTotals: '[bookId+date+contactId+side+accountId], [bookId+contactId+side+date]',
      contactMonthlyTotals: '[bookId+month+contactId+side+accountId]',
      stockLevels: '[bookId+date]',
    },
  },
  {
    // The products a shop sells, offered as chips on the money-in screen.
    version: 6,
    stores: {
      products: 'id, bookId',
    },
  },
  {
    // Encrypted sync with the cooperative's server: per book, where it syncs, its book key (a
    // non-extractable AES key), how far the server has acknowledged its chain; and the receipts.
    // Neither table is ever in a backup. The outbox is the revisions table itself.
    version: 7,
    stores: {
      syncLinks: 'bookId',
      syncReceipts: '[bookId+seq]',
    },
  },
  {
    // Receipt photos (bukti), one per entry, keyed by the entry they belong to: device-side data
    // beside the book, not records of its history (see docs/architecture.md, "Receipt photos").
    // Version 7 belongs to sync; a book of version 6 or 7 has no photos, so nothing is filled.
    version: 8,
    stores: {
      photos: 'entryId, bookId',
    },
  },
  {
    // Each book's year packed in one row (its months per category and account, its transfers'
    // months), filled from the monthly rollups, so a year's report reads a row, not hundreds.
    version: 9,
    stores: {
      yearTotals: '[bookId+year]',
    },
    upgrade: fillYearRowsOnUpgrade,
  },
  {
    // What each contact still owes (or is owed) on each side, item by item with its due date, kept
    // by every write so the home screen's totals and overdue read a row per contact. A book of
    // an older version has it counted from its records.
    version: 10,
    stores: {
      openCredit: '[bookId+contactId+side]',
    },
    upgrade: fillOpenCreditOnUpgrade,
  },
  {
    // The year rows become the only home of an entry's months: a save writes one table fewer.
    // `monthlyTotals` stays declared (versions only grow) but holds nothing from here on; the
    // upgrade empties it. The transfers' months (`monthlyTransferTotals`) are still kept.
    version: 11,
    stores: {},
    upgrade: dropMonthlyTotalsOnUpgrade,
  },
  {
    // Each book's year of credit summed over its contacts in one row (a cell per month, side and
    // account), so a position or a report of a book with debts reads a row a year instead of a row
    // per contact a month. Filled from the monthly credit rollups, which stay as they were.
    version: 12,
    stores: {
      creditYears: '[bookId+year]',
    },
    upgrade: fillCreditYearsOnUpgrade,
  },
  {
    // A year row's cells packed in typed arrays with a table of the names they use, so a save
    // stores a few buffers instead of some 300 small objects; the cells and figures are the same.
    version: 13,
    stores: {},
    upgrade: packYearRowsOnUpgrade,
  },
  {
    // What each contact side still owes keeps only what aging and settling need of each item, its
    // due date and what is left of it, in two lists: a save of a sale to a customer with many
    // unpaid ones writes, and the home screen reads, a fraction of the objects' bytes.
    version: 15,
    stores: {},
    upgrade: keepOpenCreditListsOnUpgrade,
  },
  {
    // An account's months kept in its year row: a save writes one account row instead of two, and
    // home and a report read the months with the years. `accountMonths` stays declared (versions
    // only grow) but holds nothing from here on; the upgrade moves its rows into the year rows.
    version: 16,
    stores: {},
    upgrade: foldAccountMonthsOnUpgrade,
  },
];

/** The newest schema version this build of the app knows. */
export const LATEST_SCHEMA_VERSION = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));

/** Declares the given schema versions on a database before it opens. */
export function declareSchema(db: Dexie, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): void {
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
