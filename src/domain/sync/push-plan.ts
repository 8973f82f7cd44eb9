import { MAX_PUSH_BYTES, MAX_PUSH_REVISIONS, type Tip, type WireRevision } from './wire';

/** Where a push starts, from the phone's chain and the server's tip. */
export type PushStart =
  /** The server holds the phone's whole chain. */
  | { kind: 'upToDate' }
  /** The server holds the phone's chain up to `fromSeq − 1`: push from `fromSeq` to the phone's tip. */
  | { kind: 'push'; fromSeq: number }
  /** The server's chain is not the phone's at `seq`: shown to the member, never merged. */
  | { kind: 'fork'; seq: number }
  /** The server holds revisions past the phone's tip, written by another device. */
  | { kind: 'behind'; serverTip: Tip };

/**
 * Compares the phone's tip with the server's (null: no revision there). `localHashAt` gives the
 * phone's hash at a seq it holds.
 */
export function pushStart(
  localTip: Tip | null,
  serverTip: Tip | null,
  localHashAt: (seq: number) => string | undefined,
): PushStart {
  const localSeq = localTip?.seq ?? 0;
  if (serverTip === null) return localSeq === 0 ? { kind: 'upToDate' } : { kind: 'push', fromSeq: 1 };
  if (serverTip.seq > localSeq) return { kind: 'behind', serverTip };
  if (localHashAt(serverTip.seq) !== serverTip.hash) return { kind: 'fork', seq: serverTip.seq };
  return serverTip.seq === localSeq ? { kind: 'upToDate' } : { kind: 'push', fromSeq: serverTip.seq + 1 };
}

// `{"revisions":[` and `]}` around the revisions, joined by commas.
const BODY_FRAME_BYTES = '{"revisions":[]}'.length;

/** The JSON bytes of one revision in a push body (its text is ASCII: hex, base64url, digits). */
const bytesOf = (revision: WireRevision): number => JSON.stringify(revision).length;

/**
 * Splits sealed revisions, in chain order, into the requests that push them: each at most
 * MAX_PUSH_REVISIONS revisions and MAX_PUSH_BYTES of body, in order, none empty.
 */
export function pushBatches(revisions: readonly WireRevision[]): WireRevision[][] {
  const batches: WireRevision[][] = [];
  let batch: WireRevision[] = [];
  let bytes = BODY_FRAME_BYTES;
  for (const revision of revisions) {
    const size = bytesOf(revision);
    if (batch.length === MAX_PUSH_REVISIONS || (batch.length > 0 && bytes + 1 + size > MAX_PUSH_BYTES)) {
      batches.push(batch);
      batch = [];
      bytes = BODY_FRAME_BYTES;
    }
    bytes += size + (batch.length > 0 ? 1 : 0);
    batch.push(revision);
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** The body of one push request. */
export const pushBody = (batch: readonly WireRevision[]): string => JSON.stringify({ revisions: batch });
