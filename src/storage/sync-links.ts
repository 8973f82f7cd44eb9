import { Dexie, type Table } from 'dexie';
import type { Id, Instant, Revision } from '../domain/model';
import type { BookCatalog } from '../domain/sync/catalog';
import type { CryptoKeyLike } from '../domain/platform';
import type { PublicJwk } from '../domain/statement/schema';
import type { Receipt } from '../domain/sync/receipt';
import type { LumbungDb } from './db';
import { chainTip } from './revisions';

/** Why the background push stopped for a book until the member acts. */
export interface SyncStop {
  /** `fork`: the server's chain differs from this phone's; else the server's refusal code. */
  code: string;
  message?: string;
  at: Instant;
}

/**
 * How one book syncs with a cooperative's server: where, as which member, against which receipt
 * key, with which book key, and how far the server has acknowledged its chain. The outbox is the
 * book's revisions after `ackedSeq`; nothing else holds a copy of them.
 */
export interface SyncLink {
  bookId: Id;
  /** The server's origin (`https://kopdit.example`). */
  origin: string;
  memberNumber: string;
  /** The server's receipt key and its fingerprint, learnt at enrolment. */
  server: { key: PublicJwk; fingerprint: string };
  /** The book key, imported for AES-GCM and never extractable: it cannot leave the phone in clear. */
  bookKey: CryptoKeyLike;
  /** The highest seq the server has acknowledged with a verified receipt (0: none yet). */
  ackedSeq: number;
  /** When the server first stored the acknowledged tip (the receipt's `receivedAt`). */
  safeAt?: Instant;
  /** The wrapped book key (base64url), until the server has it. */
  pendingWrappedKey?: string;
  /** The digest of the catalog the server last accepted. */
  catalogDigest?: string;
  stopped?: SyncStop;
  linkedAt: Instant;
}

/** A receipt as kept beside its book. */
export type StoredReceipt = Omit<Receipt, 'book'> & { bookId: Id };

/** The table of sync links (schema version 7). */
export const syncLinksTable = (db: LumbungDb): Table<SyncLink, Id> => db.table('syncLinks');

/** The table of receipts, by book and seq (schema version 7). */
export const syncReceiptsTable = (db: LumbungDb): Table<StoredReceipt, [Id, number]> =>
  db.table('syncReceipts');

/** How a book syncs, or undefined when it does not. */
export const getSyncLink = (db: LumbungDb, bookId: Id): Promise<SyncLink | undefined> =>
  syncLinksTable(db).get(bookId);

/** Every synced book's link. */
export const listSyncLinks = (db: LumbungDb): Promise<SyncLink[]> => syncLinksTable(db).toArray();

/** Keeps a new link for a book (the first sync or a restore), replacing none. */
export const addSyncLink = (db: LumbungDb, link: SyncLink): Promise<unknown> => syncLinksTable(db).add(link);

/** Changes some fields of a book's link. */
export const updateSyncLink = (
  db: LumbungDb,
  bookId: Id,
  patch: Partial<Omit<SyncLink, 'bookId'>>,
): Promise<number> => syncLinksTable(db).update(bookId, patch);

/** The book's revisions after `seq`, in chain order, at most `limit`: the outbox's next batch. */
export const revisionsAfter = (db: LumbungDb, bookId: Id, seq: number, limit: number): Promise<Revision[]> =>
  db.revisions
    .where('[bookId+seq]')
    .between([bookId, seq + 1], [bookId, Dexie.maxKey])
    .limit(limit)
    .toArray();

/** How many revisions of the book the server has not acknowledged yet. */
export async function pendingCount(db: LumbungDb, bookId: Id, ackedSeq: number): Promise<number> {
  return db.revisions
    .where('[bookId+seq]')
    .between([bookId, ackedSeq + 1], [bookId, Dexie.maxKey])
    .count();
}

/**
 * Keeps a verified receipt and moves the acknowledged seq to it, in one transaction. The seq only
 * grows: an older receipt arriving late is kept but moves nothing back.
 */
export async function acknowledgePush(db: LumbungDb, receipt: Receipt): Promise<void> {
  const links = syncLinksTable(db);
  const receipts = syncReceiptsTable(db);
  await db.transaction('rw', [links, receipts], async () => {
    const { book, ...rest } = receipt;
    await receipts.put({ ...rest, bookId: book });
    const link = await links.get(book);
    if (link && receipt.seq > link.ackedSeq)
      await links.update(book, { ackedSeq: receipt.seq, safeAt: receipt.receivedAt });
  });
}

/** A book's receipts, in seq order. */
export const bookReceipts = (db: LumbungDb, bookId: Id): Promise<StoredReceipt[]> =>
  syncReceiptsTable(db)
    .where('[bookId+seq]')
    .between([bookId, Dexie.minKey], [bookId, Dexie.maxKey])
    .toArray();

/**
 * The book's details and every account, category, contact and product (hidden ones too), as its
 * sealed catalog holds them.
 */
export async function readBookCatalog(db: LumbungDb, bookId: Id): Promise<BookCatalog | undefined> {
  const tables = [db.books, db.accounts, db.categories, db.contacts, db.products];
  return db.transaction('r', tables, async () => {
    const book = await db.books.get(bookId);
    if (!book) return undefined;
    const [accounts, categories, contacts, products] = await Promise.all([
      db.accounts.where('bookId').equals(bookId).toArray(),
      db.categories.where('bookId').equals(bookId).toArray(),
      db.contacts.where('bookId').equals(bookId).toArray(),
      db.products.where('bookId').equals(bookId).toArray(),
    ]);
    return { book, accounts, categories, contacts, products };
  });
}

/**
 * What the background push watches, in one live read: for each synced book, its chain's tip, what
 * the server acknowledged and whether it stopped. A commit to a synced book changes it.
 */
export async function syncWatch(db: LumbungDb): Promise<string> {
  const links = await listSyncLinks(db);
  const tips = await Promise.all(links.map((l) => chainTip(db, l.bookId)));
  return links.map((l, i) => `${l.bookId}:${tips[i]?.seq ?? 0}:${l.ackedSeq}:${l.stopped ? 1 : 0}`).join(',');
}

/** What the member is told of a book's sync: when the server last held it all, what waits, why it stopped. */
export interface SyncState {
  link: SyncLink;
  /** Revisions recorded here that the server has not acknowledged yet. */
  pending: number;
}

/** The book's sync state, or undefined when the book does not sync. */
export async function syncState(db: LumbungDb, bookId: Id): Promise<SyncState | undefined> {
  const link = await getSyncLink(db, bookId);
  if (!link) return undefined;
  const tip = await chainTip(db, bookId);
  return { link, pending: Math.max(0, (tip?.seq ?? 0) - link.ackedSeq) };
}
