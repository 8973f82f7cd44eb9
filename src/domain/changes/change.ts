import type { ImportRecord } from '../backup/schema';
import type { Contact, OpeningItem, Settlement, StockCount } from '../credit/records';
import type { ContactDailyTotal } from '../credit/rollups';
import type { StockLevel } from '../stock/levels';
import type { CategoryKind } from '../kinds';
import type { DailyTotal, DailyTransferTotal } from '../daily-rollups';
import type { Account, Book, Category, Entry, Id, Revision, Transfer } from '../model';
import type { Product } from '../product';
import type { RevisionDraft } from '../revisions';

/** Rows of each record table, by table name. */
export interface RecordSet {
  books?: readonly Book[];
  accounts?: readonly Account[];
  categories?: readonly Category[];
  entries?: readonly Entry[];
  transfers?: readonly Transfer[];
  /** Revisions carried whole, already linked and hashed (a restored backup's history). */
  revisions?: readonly Revision[];
  imports?: readonly ImportRecord[];
  /** The book's products for one-tap sales (schema version 6). */
  products?: readonly Product[];
}

/** The name of a record table a change writes. */
export type RecordTable = keyof RecordSet;

/** Rows of the tables of debts and stock, by table name: written beside the record set's. */
export interface CreditRecordSet {
  contacts?: readonly Contact[];
  settlements?: readonly Settlement[];
  stockCounts?: readonly StockCount[];
  openingItems?: readonly OpeningItem[];
}

/** The name of a table of debts and stock a change writes. */
export type CreditRecordTable = keyof CreditRecordSet;

/** What a change to contacts was computed against: a contact as read, or a book's contacts as read. */
export type CreditExpectation =
  | { what: 'row'; table: 'contacts'; id: Id; row: unknown }
  | { what: 'rows'; table: 'contacts'; bookId: Id; rows: readonly unknown[] };

/**
 * What a change was computed against and must still hold when it is written; when one does not,
 * the verb starts over from a fresh read. The book's chain tip is always checked for a change
 * that adds revisions, so it is not listed here.
 */
export type Expectation =
  /** One row is as it was read (`row` undefined: there was none). */
  | { what: 'row'; table: 'books' | 'categories' | 'accounts'; id: Id; row: unknown }
  /** A book's rows of a table, in key order, are as they were read. */
  | { what: 'rows'; table: 'categories' | 'accounts' | 'products'; bookId: Id; rows: readonly unknown[] }
  /** A category still has the kind its entries are counted under. */
  | { what: 'kind'; categoryId: Id; kind: CategoryKind }
  /** No entry, voided ones included, uses the category (its kind may then change). */
  | { what: 'unused'; category: Category };

/**
 * One write, as pure data: the records it adds (each must be new) and puts (new or replacing),
 * the revision drafts it links onto its book's chain, the rollup deltas its entries and transfers
 * make, and what it was computed against. Every verb computes one; one storage function commits it.
 */
export interface Change {
  /** The book whose chain the drafts join (and whose last write this one follows); none for a restore. */
  bookId?: Id;
  /** Books whose every row goes before anything else is written (a restore replacing them). */
  replaces?: readonly Id[];
  add?: RecordSet;
  put?: RecordSet;
  /** Contacts, settlements, stock counts and opening items the change adds (each must be new). */
  addCredit?: CreditRecordSet;
  /** Contacts, settlements, stock counts and opening items the change puts (new or replacing). */
  putCredit?: CreditRecordSet;
  /** Revisions to link after the book's chain tip, in order. */
  drafts?: readonly RevisionDraft[];
  /** What the change's entries add to (or take from) the daily rollups. */
  daily?: readonly DailyTotal[];
  /** What the change's transfers add to (or take from) the daily transfer rollups. */
  dailyTransfers?: readonly DailyTransferTotal[];
  /**
   * What the change's credit entries, settlements and opening items add to (or take from) the
   * credit rollups; their cash legs move the account months and years like the daily rows do.
   */
  credit?: readonly ContactDailyTotal[];
  /** What the change's stock counts add to (or take from) the stock levels. */
  stock?: readonly StockLevel[];
  expects?: readonly Expectation[];
  /** What a change to contacts must still find when it lands (names are unique per book). */
  creditExpects?: readonly CreditExpectation[];
  /**
   * The records the change was checked against (an entry's category and account), which a
   * following change to the same book may take as known while nothing has moved the chain since.
   */
  basis?: {
    categories?: readonly Category[];
    accounts?: readonly Account[];
    book?: Book;
    contacts?: readonly Contact[];
  };
}

/** What a verb computed: the change to commit (null when there is nothing to write) and what it hands back. */
export interface Planned<T> {
  change: Change | null;
  value: T;
}
