import { importAesGcmKey, randomBytes, type CryptoKeyLike } from '../platform';

/** The length of a book key in bytes (256 bits). */
export const BOOK_KEY_BYTES = 32;

/**
 * A book's encryption key: its raw bytes (kept so it can be wrapped under the recovery code) and
 * the same key imported once for AES-GCM.
 */
export interface BookKey {
  readonly raw: Uint8Array;
  readonly aes: CryptoKeyLike;
}

/** The key for raw bytes of a book key. */
export async function bookKeyFromRaw(raw: Uint8Array): Promise<BookKey> {
  if (raw.length !== BOOK_KEY_BYTES) throw new RangeError(`a book key has ${BOOK_KEY_BYTES} bytes`);
  return { raw: raw.slice(), aes: await importAesGcmKey(raw) };
}

/** A new random book key, made once per book at its first sync. */
export const newBookKey = (): Promise<BookKey> => bookKeyFromRaw(randomBytes(BOOK_KEY_BYTES));
