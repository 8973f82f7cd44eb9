import type { Id, Revision } from '../model';
import { fail, ok, type Result } from '../result';
import { verifyChain } from '../revisions';
import type { PublicJwk } from '../statement/schema';
import type { BookKey } from './book-key';
import type { SyncProblem } from './codes';
import { decryptRevision } from './envelope';
import { verifyReceipt, type Receipt } from './receipt';
import { parseRecoveryCode } from './recovery-code';
import type { Tip, WireRevision } from './wire';
import { unwrapBookKey } from './wrapped-key';

/** Everything a new phone has pulled for one book, and the code the member typed. */
export interface RestoreInput {
  bookId: Id;
  /** The wrapped book key as the server returned it (checked here). */
  wrappedKey: unknown;
  /** The recovery code as typed. */
  recoveryCode: string;
  /** Every revision pulled, pages joined, in seq order. */
  pulled: readonly WireRevision[];
  /** The server's tip when the last page was pulled. */
  tip: Tip;
  /** Receipts to check against the restored chain (possibly none). */
  receipts: readonly string[];
  server: { key: PublicJwk; fingerprint: string; issuer?: string };
}

/** A book's history, opened and checked whole: ready to rebuild the book from. */
export interface RestoredBook {
  key: BookKey;
  revisions: Revision[];
  receipts: Receipt[];
}

/**
 * Checks a restore before anything is written: the code's check symbols (before the slow KDF),
 * the wrapped key, every revision opened and checked, the whole chain as `verifyChain` sees it,
 * the chain reaching the server's tip, and every receipt. The first problem ends it; there is no
 * partial result.
 */
export async function checkRestore(input: RestoreInput): Promise<Result<RestoredBook, SyncProblem>> {
  const code = parseRecoveryCode(input.recoveryCode);
  if (!code.ok) return code;
  if (input.pulled.length === 0) return fail({ code: 'sync.restoreEmpty' });
  const key = await unwrapBookKey(input.wrappedKey, input.bookId, code.value);
  if (!key.ok) return key;
  const revisions: Revision[] = [];
  for (const wire of input.pulled) {
    const opened = await decryptRevision(key.value, input.bookId, wire);
    if (!opened.ok) return opened;
    revisions.push(opened.value);
  }
  const broken = verifyChain(input.bookId, revisions)[0];
  if (broken) return fail({ code: 'sync.restoreChain', params: { seq: broken.seq } });
  const last = revisions.at(-1);
  if (last?.seq !== input.tip.seq || last.hash !== input.tip.hash)
    return fail({ code: 'sync.restoreIncomplete', params: { seq: last?.seq ?? 0, tip: input.tip.seq } });
  const hashes = new Map(revisions.map((r) => [r.seq, r.hash]));
  const check = {
    serverKey: input.server.key,
    serverFingerprint: input.server.fingerprint,
    bookId: input.bookId,
    hashAt: (seq: number) => hashes.get(seq),
    ...(input.server.issuer === undefined ? {} : { issuer: input.server.issuer }),
  };
  const receipts: Receipt[] = [];
  for (const jws of input.receipts) {
    const verified = await verifyReceipt(jws, check);
    if (!verified.ok) return verified;
    receipts.push(verified.value);
  }
  return ok({ key: key.value, revisions, receipts });
}
