import { canonicalJson } from '../canonical';
import type { Account, Book, Category, Entry, Instant, Revision, Transfer } from '../model';
import type { Contact, OpeningItem, Settlement, StockCount } from '../credit/records';
import type { Product } from '../product';
import { sha256Hex } from '../platform';
import { BACKUP_FORMAT } from './format';
import type { BackupContent, BackupPhoto, ImportRecord } from './schema';

/** The rows a backup is made from, as the storage layer reads them. */
export interface BackupRows {
  books: readonly Book[];
  accounts: readonly Account[];
  categories: readonly Category[];
  entries: readonly Entry[];
  transfers: readonly Transfer[];
  revisions: readonly Revision[];
  /** Read with the books but never carried: every setting belongs to the device (see `canonicalContent`). */
  settings?: readonly { key: string; value: unknown }[];
  imports: readonly ImportRecord[];
  products?: readonly Product[];
  /** Receipt photos, present only when the member chose to carry them. */
  photos?: readonly BackupPhoto[];
  contacts?: readonly Contact[];
  settlements?: readonly Settlement[];
  stockCounts?: readonly StockCount[];
  openingItems?: readonly OpeningItem[];
}

/** The optional tables, each carried only when it has rows, so older books back up to the bytes they did. */
const OPTIONAL = ['products', 'contacts', 'settlements', 'stockCounts', 'openingItems'] as const;

/** A backup file ready to save, and what the app shows about it. */
export interface BuiltBackup {
  text: string;
  checksum: string;
  asOf: Instant | null;
  counts: { books: number; entries: number; transfers: number; revisions: number; photos: number };
}

/** Plain code-unit order: the same on every device, unlike a locale's collation. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => compare(a.id, b.id));

/** The rows in the one order every backup uses, so the same book always gives the same bytes. */
export function canonicalContent(rows: BackupRows): BackupContent {
  return {
    books: byId(rows.books),
    accounts: byId(rows.accounts),
    categories: byId(rows.categories),
    entries: byId(rows.entries),
    transfers: byId(rows.transfers),
    revisions: [...rows.revisions].sort((a, b) => compare(a.bookId, b.bookId) || a.seq - b.seq),
    // Settings (language, current book, last backup, reminder) describe this phone, not the books, and
    // a restore takes only book data; the member stays in the format for older apps that expect it.
    settings: [],
    imports: [...rows.imports].sort((a, b) => compare(a.importId, b.importId)),
    // Left out when there are none, so a book without them backs up to the bytes it always did.
    ...Object.fromEntries(
      OPTIONAL.map((t): [string, readonly { id: string }[]] => [t, rows[t] ?? []])
        .filter(([, list]) => list.length > 0)
        .map(([t, list]) => [t, byId(list)]),
    ),
    ...((rows.photos?.length ?? 0) > 0
      ? { photos: [...(rows.photos ?? [])].sort((a, b) => compare(a.entryId, b.entryId)) }
      : {}),
  };
}

/** The latest moment the content records: what the backup is "as of" (null for an empty one). */
export function latestInstant(content: BackupContent): Instant | null {
  let latest: Instant | null = null;
  const see = (at: Instant) => {
    if (latest === null || at > latest) latest = at;
  };
  content.books.forEach((b) => see(b.updatedAt));
  content.accounts.forEach((a) => see(a.createdAt));
  content.categories.forEach((c) => see(c.createdAt));
  content.entries.forEach((e) => see(e.updatedAt));
  content.transfers.forEach((t) => see(t.updatedAt));
  content.revisions.forEach((r) => see(r.at));
  content.imports.forEach((i) => see(i.at));
  content.products?.forEach((p) => see(p.updatedAt));
  content.photos?.forEach((p) => see(p.addedAt));
  content.contacts?.forEach((c) => see(c.updatedAt));
  for (const rows of [content.settlements, content.stockCounts, content.openingItems])
    rows?.forEach((r) => see(r.updatedAt));
  return latest;
}

/**
 * Makes the `lumbung.backup/1` file: RFC 8785 canonical JSON of `{ format, appVersion, asOf,
 * checksum, content }`, where the checksum is SHA-256 over the canonical content. Nothing in it
 * depends on the clock, so the same books always give the same bytes.
 */
export async function buildBackup(rows: BackupRows, appVersion: string): Promise<BuiltBackup> {
  const content = canonicalContent(rows);
  const contentText = canonicalJson(content);
  const checksum = await sha256Hex(contentText);
  const asOf = latestInstant(content);
  // JCS sorts members by name: appVersion, asOf, checksum, content, format. The content's canonical
  // text is spliced in rather than serialised twice (a large book's backup runs to megabytes).
  const head = canonicalJson({ appVersion, asOf, checksum: { algorithm: 'SHA-256', value: checksum } });
  const text = `${head.slice(0, -1)},"content":${contentText},"format":${JSON.stringify(BACKUP_FORMAT)}}\n`;
  const counts = {
    books: content.books.length,
    entries: content.entries.length,
    transfers: content.transfers.length,
    revisions: content.revisions.length,
    photos: content.photos?.length ?? 0,
  };
  return { text, checksum, asOf, counts };
}
