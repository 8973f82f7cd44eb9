import { backupRevisionSchema } from '../backup/schema';
import { canonicalJson } from '../canonical';
import type { Id, Revision } from '../model';
import { decryptAesGcm, encryptAesGcm, fromUtf8, randomBytes, sha256HexSync, utf8 } from '../platform';
import { fail, ok, type Result } from '../result';
import { hashedRevisionText } from '../revisions';
import { fromBase64url, toBase64url } from '../statement/encoding';
import { parseStrictJson } from '../strict-json';
import type { BookKey } from './book-key';
import type { SyncProblem } from './codes';
import { MAX_CIPHERTEXT_BYTES, type WireRevision } from './wire';

/** The first byte of every sealed revision: the layout below, so a later one can be told apart. */
const ENVELOPE_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES;

/** What the cipher authenticates beside the ciphertext: the book and the place in its chain. */
const placeOf = (bookId: Id, seq: number): Uint8Array =>
  utf8(canonicalJson({ format: 'lumbung.revision', version: ENVELOPE_VERSION, book: bookId, seq }));

/**
 * Seals one committed revision under the book key: AES-GCM with a random 96-bit IV over the
 * canonical text its hash covers, bound to its book and seq. The chain's links travel in clear so
 * the server can keep the chain in order without reading a revision.
 */
export async function encryptRevision(
  key: Pick<BookKey, 'aes'>,
  revision: Revision,
): Promise<Result<WireRevision, SyncProblem>> {
  const plaintext = utf8(hashedRevisionText(revision));
  if (HEADER_BYTES + plaintext.length + TAG_BYTES > MAX_CIPHERTEXT_BYTES)
    return fail({ code: 'sync.envelopeTooLarge', params: { seq: revision.seq } });
  const iv = randomBytes(IV_BYTES);
  const sealed = await encryptAesGcm(key.aes, iv, placeOf(revision.bookId, revision.seq), plaintext);
  const bytes = new Uint8Array(HEADER_BYTES + sealed.length);
  bytes[0] = ENVELOPE_VERSION;
  bytes.set(iv, 1);
  bytes.set(sealed, HEADER_BYTES);
  return ok({
    seq: revision.seq,
    prevHash: revision.prevHash === '' ? null : revision.prevHash,
    hash: revision.hash,
    ciphertext: toBase64url(bytes),
  });
}

/** The revision a decrypted text holds, when it is one, in canonical form, at the wire's place. */
function readPlaintext(bookId: Id, wire: WireRevision, text: string): Result<Revision, SyncProblem> {
  const json = parseStrictJson(text);
  const seq = wire.seq;
  if (!json.ok || typeof json.value !== 'object' || json.value === null)
    return fail({ code: 'sync.envelopeContent', params: { seq } });
  const parsed = backupRevisionSchema.safeParse({ ...json.value, hash: wire.hash });
  if (!parsed.success || hashedRevisionText(parsed.data) !== text)
    return fail({ code: 'sync.envelopeContent', params: { seq } });
  const revision = parsed.data;
  if (sha256HexSync(text) !== wire.hash) return fail({ code: 'sync.envelopeHash', params: { seq } });
  if (revision.bookId !== bookId || revision.seq !== seq || revision.prevHash !== (wire.prevHash ?? ''))
    return fail({ code: 'sync.envelopePlace', params: { seq } });
  return ok(revision);
}

/**
 * Opens one sealed revision of a book and checks it whole: the key and every byte (AES-GCM's tag),
 * a revision in canonical form, its SHA-256 equal to the stated hash, and its book, seq and previous
 * hash equal to where it travelled. Anything else is a problem, never part of a revision.
 */
export async function decryptRevision(
  key: Pick<BookKey, 'aes'>,
  bookId: Id,
  wire: WireRevision,
): Promise<Result<Revision, SyncProblem>> {
  const seq = wire.seq;
  const bytes = fromBase64url(wire.ciphertext);
  if (
    bytes === null ||
    bytes.length > MAX_CIPHERTEXT_BYTES ||
    bytes.length < HEADER_BYTES + TAG_BYTES ||
    bytes[0] !== ENVELOPE_VERSION
  )
    return fail({ code: 'sync.envelopeMalformed', params: { seq } });
  const iv = bytes.subarray(1, HEADER_BYTES);
  const plaintext = await decryptAesGcm(key.aes, iv, placeOf(bookId, seq), bytes.subarray(HEADER_BYTES));
  if (plaintext === null) return fail({ code: 'sync.envelopeUnreadable', params: { seq } });
  const text = fromUtf8(plaintext);
  return text === null
    ? fail({ code: 'sync.envelopeContent', params: { seq } })
    : readPlaintext(bookId, wire, text);
}
