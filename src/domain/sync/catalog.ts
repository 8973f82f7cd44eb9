import { backupAccountSchema, backupBookSchema, backupCategorySchema } from '../backup/schema';
import { BACKUP_LIMITS } from '../backup/format';
import { canonicalJson } from '../canonical';
import type { Account, Book, Category, Id } from '../model';
import { decryptAesGcm, encryptAesGcm, fromUtf8, randomBytes, sha256HexSync, utf8 } from '../platform';
import { fail, ok, type Result } from '../result';
import { fromBase64url, toBase64url } from '../statement/encoding';
import { parseStrictJson } from '../strict-json';
import { z } from '../zod';
import type { BookKey } from './book-key';
import type { SyncProblem } from './codes';

/** A book's own details and lists, which its chain of revisions does not carry. */
export interface BookCatalog {
  book: Book;
  accounts: Account[];
  categories: Category[];
}

/** The largest sealed catalog, in characters of base64url (the server's limit too). */
export const MAX_SEALED_CATALOG_CHARS = 1024 * 1024;

const CATALOG_VERSION = 1;
const IV_BYTES = 12;

const catalogSchema = z.strictObject({
  book: backupBookSchema,
  accounts: z.array(backupAccountSchema).max(BACKUP_LIMITS.accounts),
  categories: z.array(backupCategorySchema).max(BACKUP_LIMITS.categories),
});

/** What the cipher authenticates beside the catalog: its format and its book, so it cannot be moved. */
const boundTo = (bookId: Id): Uint8Array =>
  utf8(canonicalJson({ format: 'lumbung.catalog', version: CATALOG_VERSION, book: bookId }));

/** The catalog's canonical text (rows in id order, so the same lists always give the same text). */
function catalogText(catalog: BookCatalog): string {
  const byId = <T extends { id: Id }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
  return canonicalJson({
    book: catalog.book,
    accounts: byId(catalog.accounts),
    categories: byId(catalog.categories),
  });
}

/** A digest of the catalog's content, so the phone seals and sends it again only when it changed. */
export const catalogDigest = (catalog: BookCatalog): string => sha256HexSync(catalogText(catalog));

/** Seals a book's catalog under its book key: version byte, random IV, AES-GCM ciphertext, base64url. */
export async function sealCatalog(key: Pick<BookKey, 'aes'>, catalog: BookCatalog): Promise<string> {
  const iv = randomBytes(IV_BYTES);
  const sealed = await encryptAesGcm(key.aes, iv, boundTo(catalog.book.id), utf8(catalogText(catalog)));
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
  if (bytes === null || bytes.length < 1 + IV_BYTES + 16 || bytes[0] !== CATALOG_VERSION) return unreadable;
  const plain = await decryptAesGcm(
    key.aes,
    bytes.subarray(1, 1 + IV_BYTES),
    boundTo(bookId),
    bytes.subarray(1 + IV_BYTES),
  );
  const text = plain === null ? null : fromUtf8(plain);
  const json = text === null ? null : parseStrictJson(text);
  const parsed = json?.ok ? catalogSchema.safeParse(json.value) : null;
  if (!parsed?.success || parsed.data.book.id !== bookId) return unreadable;
  const { book, accounts, categories } = parsed.data;
  const own = [...accounts, ...categories].every((row) => row.bookId === bookId);
  return own ? ok({ book, accounts, categories }) : unreadable;
}
