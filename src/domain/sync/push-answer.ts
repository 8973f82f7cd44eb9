import { errorBodySchema, pushAnswerSchema, type Tip, type WireRevision } from './wire';

/** What the server's answer to one push means for the phone. */
export type PushOutcome =
  /** Stored: the server's tip and its receipt (to verify and keep). */
  | { kind: 'stored'; tip: Tip; receipt: string }
  /** The server's chain moved since the plan: read its tip and plan again. */
  | { kind: 'replan' }
  /** The server's chain differs from the phone's: stop and show it; nothing is merged. */
  | { kind: 'fork'; code: 'chain.mismatch' | 'chain.fork' }
  /** Refused for good (not enrolled, revoked, invalid): show the server's words, do not retry. */
  | { kind: 'refused'; status: number; code: string; message: string }
  /** Nothing known to be stored: try the same request again later. */
  | { kind: 'retry'; retryAfterS?: number };

/** An HTTP answer as the caller read it, or a request that never got one. */
export type PushResponse =
  { status: number; body: unknown; retryAfterS?: number } | { status: 'network-failed' };

// Statuses worth trying again: the request timed out, came too early, the server was busy or down.
const TRANSIENT = new Set([408, 425, 429]);

/**
 * Reads the answer to pushing `sent`. A retry is always safe: the server accepts revisions it
 * already holds with the same hash again, silently.
 */
export function readPushAnswer(response: PushResponse, sent: readonly WireRevision[]): PushOutcome {
  if (response.status === 'network-failed') return { kind: 'retry' };
  const { status, body, retryAfterS } = response;
  const retry: PushOutcome = retryAfterS === undefined ? { kind: 'retry' } : { kind: 'retry', retryAfterS };
  if (status === 200) {
    const answer = pushAnswerSchema.safeParse(body);
    if (!answer.success) return retry;
    const last = sent.at(-1);
    const { tip, receipt } = answer.data;
    return tip.seq === last?.seq && tip.hash === last.hash
      ? { kind: 'stored', tip, receipt }
      : { kind: 'replan' };
  }
  if (TRANSIENT.has(status) || status >= 500 || status < 400) return retry;
  const error = errorBodySchema.safeParse(body);
  const code = error.success ? error.data.error.code : `http.${status}`;
  const message = error.success ? error.data.error.message : '';
  if (status === 409 && code === 'chain.gap') return { kind: 'replan' };
  if (status === 409 && (code === 'chain.mismatch' || code === 'chain.fork')) return { kind: 'fork', code };
  return { kind: 'refused', status, code, message };
}
