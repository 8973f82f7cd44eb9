import type { Id, Revision } from '../../domain/model';
import { bookListAnswerSchema } from '../../domain/sync/answers';
import { encryptRevision } from '../../domain/sync/envelope';
import { readPushAnswer } from '../../domain/sync/push-answer';
import { pushBatches, pushBody, pushStart } from '../../domain/sync/push-plan';
import { verifyReceipt } from '../../domain/sync/receipt';
import type { WireRevision } from '../../domain/sync/wire';
import { acknowledgePush, chainTip, revisionsAfter, updateSyncLink } from '../../storage/lazy';
import type { LumbungDb, SyncLink } from '../../storage';
import type { ServerClient } from './server-client';
import { uploadBookExtras } from './upload-extras';

/** How many revisions are read and sealed at a time; each group is pushed in one request or more. */
const READ_BATCH = 200;

/** What one pass over a book's outbox came to. */
export type PushPass = { kind: 'done' } | { kind: 'retry'; retryAfterS?: number } | { kind: 'stopped' };

/** Stops the book's background push until the member acts, saying why. */
async function stop(db: LumbungDb, bookId: Id, code: string, message?: string): Promise<PushPass> {
  const at = new Date().toISOString();
  await updateSyncLink(db, bookId, { stopped: { code, at, ...(message ? { message } : {}) } });
  return { kind: 'stopped' };
}

/**
 * After the server's chain moved from what the phone believed: reads its tip and decides again
 * where to push from. A fork, or a server ahead of this phone (another phone wrote), stops.
 */
async function replan(db: LumbungDb, link: SyncLink, client: ServerClient): Promise<PushPass | number> {
  const answer = await client.request('GET', '/books');
  if (answer.status !== 200) return { kind: 'retry' };
  const books = bookListAnswerSchema.safeParse(answer.body);
  if (!books.success) return { kind: 'retry' };
  const listed = books.data.find((b) => b.bookId === link.bookId);
  const serverTip = listed?.tip.hash ? { seq: listed.tip.seq, hash: listed.tip.hash } : null;
  const localTip = (await chainTip(db, link.bookId)) ?? null;
  const at = serverTip ? (await db.revisions.get([link.bookId, serverTip.seq]))?.hash : undefined;
  const start = pushStart(localTip, serverTip, () => at);
  if (start.kind === 'fork') return stop(db, link.bookId, 'fork');
  if (start.kind === 'behind') return stop(db, link.bookId, 'behind');
  return start.kind === 'push' ? start.fromSeq - 1 : (localTip?.seq ?? 0);
}

/** Pushes one group of sealed revisions, request after request; the acknowledged seq it reached, or how it ended. */
async function pushGroup(
  db: LumbungDb,
  link: SyncLink,
  client: ServerClient,
  sealed: readonly WireRevision[],
  revisions: readonly Revision[],
): Promise<PushPass | number> {
  const hashes = new Map(revisions.map((r) => [r.seq, r.hash]));
  let acked = link.ackedSeq;
  for (const batch of pushBatches(sealed)) {
    const response = await client.request('PUT', `/books/${link.bookId}/revisions`, pushBody(batch));
    const outcome = readPushAnswer(response, batch);
    if (outcome.kind === 'retry') return outcome;
    if (outcome.kind === 'replan') return replan(db, link, client);
    if (outcome.kind === 'fork') return stop(db, link.bookId, 'fork');
    if (outcome.kind === 'refused') return stop(db, link.bookId, outcome.code, outcome.message);
    const receipt = await verifyReceipt(outcome.receipt, {
      serverKey: link.server.key,
      serverFingerprint: link.server.fingerprint,
      bookId: link.bookId,
      hashAt: (seq) => hashes.get(seq),
    });
    if (!receipt.ok) return stop(db, link.bookId, receipt.errors[0]?.code ?? 'sync.receiptMalformed');
    await acknowledgePush(db, receipt.value);
    acked = receipt.value.seq;
  }
  return acked;
}

/**
 * One pass over a book's outbox: every revision after the acknowledged seq, in order, sealed and
 * pushed in batches, each receipt verified and kept; then the wrapped key and the catalog when the
 * server lacks them. Never throws for the network: an unanswered request ends the pass as `retry`.
 */
export async function pushPass(db: LumbungDb, start: SyncLink, client: ServerClient): Promise<PushPass> {
  let link = start;
  for (;;) {
    const revisions = await revisionsAfter(db, link.bookId, link.ackedSeq, READ_BATCH);
    if (revisions.length === 0) break;
    const sealed: WireRevision[] = [];
    for (const revision of revisions) {
      const wire = await encryptRevision({ aes: link.bookKey }, revision);
      if (!wire.ok) return stop(db, link.bookId, wire.errors[0]?.code ?? 'sync.envelopeTooLarge');
      sealed.push(wire.value);
    }
    const reached = await pushGroup(db, link, client, sealed, revisions);
    if (typeof reached !== 'number') return reached;
    // No progress (the server's chain moved under this pass): try again later, never spin.
    if (reached === link.ackedSeq) return { kind: 'retry' };
    await updateSyncLink(db, link.bookId, { ackedSeq: reached });
    link = { ...link, ackedSeq: reached };
  }
  return link.ackedSeq > 0 ? uploadBookExtras(db, link, client) : { kind: 'done' };
}
