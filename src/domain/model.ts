import type { BusinessDate } from './dates';
import type { CategoryKind, Direction } from './kinds';
import type { OpeningItemFields, SettlementFields, StockCountFields } from './credit/records';

/** An opaque identifier (a random UUID). */
export type Id = string;

/** An instant, ISO 8601 in UTC (`2026-03-01T02:15:00.000Z`). */
export type Instant = string;

/** One business (usaha). A phone can hold several. */
export interface Book {
  id: Id;
  name: string;
  owner: string;
  memberNumber: string;
  cooperative: string;
  branch: string;
  businessType: string;
  address: string;
  phone: string;
  /** IANA time zone; "today" for the book is the calendar day there. */
  timeZone: string;
  createdAt: Instant;
  updatedAt: Instant;
}

/** What sort of place money sits in. */
export type AccountType = 'cash' | 'bank' | 'ewallet';

/** Where money sits: Kas (always present), a bank account, an e-wallet or QRIS balance. */
export interface Account {
  id: Id;
  bookId: Id;
  name: string;
  type: AccountType;
  hidden: boolean;
  createdAt: Instant;
}

/** A named category with exactly one kind. */
export interface Category {
  id: Id;
  bookId: Id;
  name: string;
  kind: CategoryKind;
  hidden: boolean;
  createdAt: Instant;
}

/** Where an entry came from. */
export type Source = 'app' | 'import';

/** The fields of an entry that a member sets. */
export interface EntryFields {
  date: BusinessDate;
  direction: Direction;
  /** Whole Rupiah, positive; the direction carries the sign. */
  amount: number;
  categoryId: Id;
  accountId: Id;
  note: string;
  counterparty: string;
  /** The customer or supplier the entry is with; required when part of it is owed. */
  contactId?: Id;
  /** What was paid now when less than `amount` (the rest is owed); absent when paid in full. */
  paid?: number;
  /** When what is owed falls due (jatuh tempo), on or after `date`; only where something is owed. */
  dueDate?: BusinessDate;
}

/** What the app keeps of every record with a history: who, when, where from, and whether voided. */
export interface Recorded {
  id: Id;
  bookId: Id;
  recordedAt: Instant;
  updatedAt: Instant;
  source: Source;
  /** The import batch an imported record came in with. */
  importId?: Id;
  voided: boolean;
  voidReason?: string;
}

/** One record of money in or out (catatan). Never hard-deleted; a void keeps it, counting nowhere. */
export interface Entry extends EntryFields, Recorded {}

/** The fields of a transfer that a member sets. */
export interface TransferFields {
  date: BusinessDate;
  amount: number;
  fromAccountId: Id;
  toAccountId: Id;
  note: string;
}

/** Money moved between two accounts of one book (pindah dana): not income, not expense. */
export interface Transfer extends TransferFields, Recorded {}

/** What a revision records. */
export type RevisionAction = 'create' | 'edit' | 'void';

/** The state of an entry, transfer, settlement, stock count or opening item as one revision left it. */
export type RevisionSnapshot =
  | ({ subject: 'entry' } & EntryFields & { voided: boolean })
  | ({ subject: 'transfer' } & TransferFields & { voided: boolean })
  | ({ subject: 'settlement' } & SettlementFields & { voided: boolean })
  | ({ subject: 'stockCount' } & StockCountFields & { voided: boolean })
  | ({ subject: 'openingItem' } & OpeningItemFields & { voided: boolean });

/** One link of a book's append-only, hash-chained history. */
export interface Revision {
  bookId: Id;
  /** 1, 2, 3… per book, without gaps. */
  seq: number;
  subjectId: Id;
  action: RevisionAction;
  at: Instant;
  reason?: string;
  snapshot: RevisionSnapshot;
  /** Hash of the previous revision of the book ('' for the first). */
  prevHash: string;
  /** SHA-256 (hex) over `prevHash` and the canonical form of the other fields. */
  hash: string;
}
