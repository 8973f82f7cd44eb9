import { Dexie, type Table } from 'dexie';
import type { DailyTotal, DailyTransferTotal } from '../domain/daily-rollups';
import type { AccountMonthTotal, AccountYearTotal } from '../domain/reports/account-rollups';
import type { MonthlyTotal, MonthlyTransferTotal } from '../domain/reports/month-rollups';
import type { YearTotals } from '../domain/reports/year-rollups';
import type { Contact, OpeningItem, Settlement, StockCount } from '../domain/credit/records';
import type { OpenCredit } from '../domain/credit/open-items';
import type { ContactDailyTotal, ContactMonthlyTotal } from '../domain/credit/rollups';
import type { CreditYear } from '../domain/credit/years';
import type { StockLevel } from '../domain/stock/levels';
import type { Account, Book, Category, Entry, Id, Revision, Transfer } from '../domain/model';
import type { Product } from '../domain/product';
import type { StoredPhoto } from './photo-record';
import { declareSchema, SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import { keepCoreTables } from './core-tables';
import { stampWrites } from './write-stamp';

/** One stored setting: a key and any structured-cloneable value. */
export interface Setting {
  key: string;
  value: unknown;
}

/** The primary key of a revision: the book and its place in the chain. */
export type RevisionKey = [bookId: Id, seq: number];

/** The primary key of a daily total. */
export type DailyTotalKey = [bookId: Id, date: string, categoryId: Id, accountId: Id];

/** The primary key of a daily transfer total. */
export type DailyTransferTotalKey = [bookId: Id, date: string, fromAccountId: Id, toAccountId: Id];

/** The primary key of a monthly total. */
export type MonthlyTotalKey = [bookId: Id, month: string, categoryId: Id, accountId: Id];

/** The primary key of a monthly transfer total. */
export type MonthlyTransferTotalKey = [bookId: Id, month: string, fromAccountId: Id, toAccountId: Id];

/** The primary key of an account's month. */
export type AccountMonthKey = [bookId: Id, month: string, accountId: Id];

/** The primary key of an account's year. */
export type AccountYearKey = [bookId: Id, year: string, accountId: Id];

/** The primary key of a book's year row. */
export type YearTotalsKey = [bookId: Id, year: string];

/** The primary key of a daily credit total. */
export type ContactDailyKey = [bookId: Id, date: string, contactId: Id, side: string, accountId: Id];

/** The primary key of a monthly credit total. */
export type ContactMonthlyKey = [bookId: Id, month: string, contactId: Id, side: string, accountId: Id];

/** The primary key of a book's credit year. */
export type CreditYearKey = [bookId: Id, year: string];

/** The primary key of a contact's open credit on one side. */
export type OpenCreditKey = [bookId: Id, contactId: Id, side: string];

/** The primary key of a stock level. */
export type StockLevelKey = [bookId: Id, date: string];

/** The app's IndexedDB database: every book on this device, its history and its rollups. */
export class LumbungDb extends Dexie {
  declare books: Table<Book, Id>;
  declare accounts: Table<Account, Id>;
  declare categories: Table<Category, Id>;
  declare entries: Table<Entry, Id>;
  declare transfers: Table<Transfer, Id>;
  declare revisions: Table<Revision, RevisionKey>;
  declare dailyTotals: Table<DailyTotal, DailyTotalKey>;
  declare dailyTransferTotals: Table<DailyTransferTotal, DailyTransferTotalKey>;
  /** Empty since schema 11: an entry's months live in its year row (`yearTotals`). */
  declare monthlyTotals: Table<MonthlyTotal, MonthlyTotalKey>;
  declare monthlyTransferTotals: Table<MonthlyTransferTotal, MonthlyTransferTotalKey>;
  declare accountMonths: Table<AccountMonthTotal, AccountMonthKey>;
  declare accountYears: Table<AccountYearTotal, AccountYearKey>;
  declare yearTotals: Table<YearTotals, YearTotalsKey>;
  declare settings: Table<Setting, string>;
  declare products: Table<Product, Id>;
  declare contacts: Table<Contact, Id>;
  declare settlements: Table<Settlement, Id>;
  declare stockCounts: Table<StockCount, Id>;
  declare openingItems: Table<OpeningItem, Id>;
  declare contactDailyTotals: Table<ContactDailyTotal, ContactDailyKey>;
  declare contactMonthlyTotals: Table<ContactMonthlyTotal, ContactMonthlyKey>;
  /** A book's year of credit summed over its contacts (since schema 12). */
  declare creditYears: Table<CreditYear, CreditYearKey>;
  declare stockLevels: Table<StockLevel, StockLevelKey>;
  declare photos: Table<StoredPhoto, Id>;
  declare openCredit: Table<OpenCredit, OpenCreditKey>;

  /** Declares the schema (all versions unless a test asks for the first few) without opening. */
  constructor(name = 'lumbung', versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name, { chromeTransactionDurability: 'strict' });
    declareSchema(this, versions);
    stampWrites(this);
    keepCoreTables(this);
  }
}
