import { canonicalJson } from '../canonical';
import type { Id } from '../model';
import { decryptAesGcm, encryptAesGcm, importAesGcmKey, randomBytes, utf8 } from '../platform';
import { fail, ok, type Result } from '../result';
import { fromBase64url, toBase64url } from '../statement/encoding';
import { z } from '../zod';
import { BOOK_KEY_BYTES, bookKeyFromRaw, type BookKey } from './book-key';
import type { SyncProblem } from './codes';
import { deriveKey, KDF_SALT_BYTES, KDF_V1, kdfParamsSchema, type KdfParams } from './kdf';
import type { RecoveryCode } from './recovery-code';

/** The format of a wrapped book key, and the newest version this app reads. */
export const WRAPPED_KEY_FORMAT = 'lumbung.bookkey';
export const WRAPPED_KEY_VERSION = 1;

/** The longest a wrapped key's sealed text may be, as the server keeps it and the app reads it back. */
export const MAX_WRAPPED_KEY_CHARS = 4096;

const bytes = (length: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .refine((text) => fromBase64url(text)?.length === length, `not ${length} bytes of base64url`);

/** A book key sealed under a key derived from the recovery code, as the server keeps it. */
export const wrappedKeySchema = z.strictObject({
  format: z.literal(WRAPPED_KEY_FORMAT),
  version: z.literal(WRAPPED_KEY_VERSION),
  bookId: z.string().min(1).max(100),
  kdf: kdfParamsSchema.extend({ salt: bytes(KDF_SALT_BYTES) }),
  iv: bytes(12),
  wrapped: bytes(BOOK_KEY_BYTES + 16),
});

/** A wrapped book key. */
export type WrappedKey = z.infer<typeof wrappedKeySchema>;

/** The bytes of base64url text the schema has already checked. */
function decoded(text: string): Uint8Array {
  const bytes = fromBase64url(text);
  if (bytes === null) throw new TypeError('not base64url');
  return bytes;
}

/** What the cipher authenticates: every field but the sealed key, so none can be swapped. */
const boundFields = ({ wrapped: _wrapped, ...rest }: WrappedKey): Uint8Array => utf8(canonicalJson(rest));

/** Seals a book key under the recovery code (Argon2id with a fresh salt, then AES-GCM). */
export async function wrapBookKey(
  key: BookKey,
  bookId: Id,
  code: RecoveryCode,
  params: KdfParams = KDF_V1,
): Promise<WrappedKey> {
  const salt = randomBytes(KDF_SALT_BYTES);
  const iv = randomBytes(12);
  const kek = await importAesGcmKey(await deriveKey(code, salt, params));
  const record: WrappedKey = {
    format: WRAPPED_KEY_FORMAT,
    version: WRAPPED_KEY_VERSION,
    bookId,
    kdf: { ...params, salt: toBase64url(salt) },
    iv: toBase64url(iv),
    wrapped: '',
  };
  const sealed = await encryptAesGcm(kek, iv, boundFields(record), key.raw);
  return { ...record, wrapped: toBase64url(sealed) };
}

/** The version a record claims, when it claims to be a wrapped key at all. */
function claimedVersion(value: unknown): number | null {
  const record = value as { format?: unknown; version?: unknown } | null;
  return typeof record === 'object' &&
    record?.format === WRAPPED_KEY_FORMAT &&
    typeof record.version === 'number'
    ? record.version
    : null;
}

/**
 * Opens a wrapped book key with the recovery code. A record of another book, a damaged record or
 * a wrong code is a problem: AES-GCM's tag admits the one right key or nothing.
 */
export async function unwrapBookKey(
  value: unknown,
  bookId: Id,
  code: RecoveryCode,
): Promise<Result<BookKey, SyncProblem>> {
  const version = claimedVersion(value);
  if (version !== null && version > WRAPPED_KEY_VERSION)
    return fail({ code: 'sync.wrappedKeyNewer', params: { version } });
  const parsed = wrappedKeySchema.safeParse(value);
  if (!parsed.success || parsed.data.bookId !== bookId) return fail({ code: 'sync.wrappedKeyInvalid' });
  const record = parsed.data;
  const { salt, ...params } = record.kdf;
  const kek = await importAesGcmKey(await deriveKey(code, decoded(salt), params));
  const raw = await decryptAesGcm(kek, decoded(record.iv), boundFields(record), decoded(record.wrapped));
  return raw === null ? fail({ code: 'sync.recoveryCodeWrong' }) : ok(await bookKeyFromRaw(raw));
}
