import type { Id, Instant } from '../model';
import { verifyEs256 } from '../platform';
import { fail, ok, type Result } from '../result';
import { fingerprintOf, importPublicKey } from '../statement/keys';
import type { PublicJwk } from '../statement/schema';
import { z } from '../zod';
import type { SyncProblem } from './codes';
import { parseCompactJws } from './jws';

/** What a receipt says: the server saw this book's chain reach seq with hash at that time. */
export interface Receipt {
  iss: string;
  book: Id;
  seq: number;
  hash: string;
  receivedAt: Instant;
  /** The receipt itself, to keep and to attach to a statement. */
  jws: string;
}

/** What a receipt is checked against. */
export interface ReceiptCheck {
  /** The server's receipt key and the fingerprint the phone holds for it. */
  serverKey: PublicJwk;
  serverFingerprint: string;
  bookId: Id;
  /** The issuer the phone expects, when it knows one. */
  issuer?: string;
  /** The local revision's hash at a seq, or undefined when the phone has no revision there. */
  hashAt: (seq: number) => string | undefined;
}

// Receipts may carry further claims (e.g. `iat`); these five must be there.
const claimsSchema = z.looseObject({
  iss: z.string().min(1).max(200),
  book: z.string().min(1).max(100),
  seq: z.int().min(1).max(Number.MAX_SAFE_INTEGER),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  receivedAt: z.iso.datetime(),
});

/** A receipt's claims once its signature by the server's key holds, or why it does not. */
export async function readReceipt(
  jws: string,
  serverKey: PublicJwk,
): Promise<Result<Receipt, 'sync.receiptMalformed' | 'sync.receiptSignature'>> {
  const parsed = parseCompactJws(jws);
  const claims = claimsSchema.safeParse(parsed?.payload);
  if (parsed === null || parsed.header.alg !== 'ES256' || 'crit' in parsed.header || !claims.success)
    return fail('sync.receiptMalformed');
  const key = await importPublicKey(serverKey).catch(() => null);
  const valid =
    key !== null && (await verifyEs256(key, parsed.signature, parsed.signingInput).catch(() => false));
  if (!valid) return fail('sync.receiptSignature');
  const { iss, book, seq, hash, receivedAt } = claims.data;
  return ok({ iss, book, seq, hash, receivedAt, jws });
}

/**
 * Verifies a receipt: a compact JWS, ES256 and nothing else, signed by the server's key (whose
 * fingerprint must be the one the phone holds), for this book, at a seq where the phone's own
 * revision has the receipt's hash.
 */
export async function verifyReceipt(jws: string, check: ReceiptCheck): Promise<Result<Receipt, SyncProblem>> {
  const fingerprint = await fingerprintOf(check.serverKey).catch(() => null);
  if (fingerprint === null || fingerprint !== check.serverFingerprint)
    return fail({ code: 'sync.receiptServerKey' });
  const read = await readReceipt(jws, check.serverKey);
  if (!read.ok) return fail({ code: read.errors[0] ?? 'sync.receiptMalformed' });
  const { iss, book, seq, hash } = read.value;
  if (check.issuer !== undefined && iss !== check.issuer) return fail({ code: 'sync.receiptIssuer' });
  if (book !== check.bookId) return fail({ code: 'sync.receiptBook' });
  const local = check.hashAt(seq);
  if (local === undefined) return fail({ code: 'sync.receiptUnknownSeq', params: { seq } });
  if (local !== hash) return fail({ code: 'sync.receiptHash', params: { seq } });
  return read;
}
