import {
  backupAccountSchema,
  backupBookSchema,
  backupCategorySchema,
  backupContactSchema,
  backupProductSchema,
} from '../backup/schema';
import { BACKUP_LIMITS } from '../backup/format';
import { canonicalJson } from '../canonical';
import type { Contact } from '../credit/records';
import type { Account, Book, Category, Id } from '../model';
import { decryptAesGcm, encryptAesGcm, fromUtf8, randomBytes, sha256HexSync, utf8 } from '../platform';
import { fail, ok, type Result } from '../result';
import { fromBase64url, toBase64url } from '../statement/encoding';
import type { Product } from '../product';
import { parseStrictJson } from '../strict-json';
import { z } from '../zod';
import type { BookKey } from './book-key';
import type { SyncProblem } from './codes';

/**
 * A book's own details and the lists its chain of revisions does not carry: records that change
 * in place without a history (accounts, categories, contacts, products).
 */
export interface BookCatalog {
  book: Book;
  accounts: Account[];
  categories: Category[];
  contacts: Contact[];
  products: Product[];
}

/** The largest sealed catalog, in characters of base64url (the server's limit too). */
export const MAX_SEALED_CATALOG_CHARS = 4 * 1024 * 1024;

/** Version 2 adds contacts and products; a version 1 catalog (sealed before them) still opens, with none. */
const CATALOG_VERSION = 2;
const IV_BYTES = 12;

const lists = {
  book: backupBookSchema,
  accounts: z.array(backupAccountSchema).max(BACKUP_LIMITS.accounts),
  categories: z.array(backupCategorySchema).max(BACKUP_LIMITS.categories),
};
const withoutDebtLists = z.strictObject(lists).transform((c) => ({ ...c, contacts: [], products: [] }));
const catalogSchemas = new Map<number, z.ZodType<BookCatalog>>([
  [1, withoutDebtLists],
  [
    2,
    z.strictObject({
      ...lists,
      contacts: z.array(backupContactSchema).max(BACKUP_LIMITS.contacts),
      products: z.array(backupProductSchema).max(BACKUP_LIMITS.products),
    }),
  ],
]);

/** What the cipher authenticates beside the catalog: its format and its book, so it cannot be moved. */
const boundTo = (bookId: Id, version: number): Uint8Array =>
  utf8(canonicalJson({ format: 'lumbung.catalog', version, book: bookId }));

/** The catalog's canonical text (rows in id order, so the same lists always give the same text). */
function catalogText(catalog: BookCatalog): string {
  const byId = <T extends { id: Id }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
  return canonicalJson({
    book: catalog.book,
    accounts: byId(catalog.accounts),
    categories: byId(catalog.categories),
    contacts: byId(catalog.contacts),
    products: byId(catalog.products),
  });
}

/** A digest of the catalog's content, so the phone seals and sends it again only when it changed. */
export const catalogDigest = (catalog: BookCatalog): string => sha256HexSync(catalogText(catalog));

/** Seals a book's catalog under its book key: version byte, random IV, AES-GCM ciphertext, base64url. */
export async function sealCatalog(key: Pick<BookKey, 'aes'>, catalog: BookCatalog): Promise<string> {
  const iv = randomBytes(IV_BYTES);
  const sealed = await encryptAesGcm(
    key.aes,
    iv,
    boundTo(catalog.book.id, CATALOG_VERSION),
    utf8(catalogText(catalog)),
  );
  const bytes = new Uint8Array(1 + IV_BYTES + sealed.length);
  bytes[0] = CATALOG_VERSION;
  bytes.set(iv, 1);
  bytes.set(sealed, 1 + IV_BYTES);
  return toBase64url(bytes);
}

/** Opens a sealed catalog of a book and checks it whole, or says it cannot be read. */
export async function openCatalog(
  key: Pick<BookKey, 'aes'>,
  bookId: Id,
  sealed: string,
): Promise<Result<BookCatalog, SyncProblem>> {
  const unreadable = fail<SyncProblem>({ code: 'sync.catalogUnreadable' });
  const bytes = fromBase64url(sealed);
  const version = bytes?.[0] ?? 0;
  const schema = catalogSchemas.get(version);
  if (bytes === null || bytes.length < 1 + IV_BYTES + 16 || schema === undefined) return unreadable;
  const plain = await decryptAesGcm(
    key.aes,
    bytes.subarray(1, 1 + IV_BYTES),
    boundTo(bookId, version),
    bytes.subarray(1 + IV_BYTES),
  );
  const text = plain === null ? null : fromUtf8(plain);
  const json = text === null ? null : parseStrictJson(text);
  const parsed = json?.ok ? schema.safeParse(json.value) : null;
  if (!parsed?.success || parsed.data.book.id !== bookId) return unreadable;
  const { book, accounts, categories, contacts, products } = parsed.data;
  const own = [...accounts, ...categories, ...contacts, ...products].every((row) => row.bookId === bookId);
  return own ? ok({ book, accounts, categories, contacts, products }) : unreadable;
}
