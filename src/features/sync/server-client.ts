import type { StatementSigner } from '../../domain/statement/keys';
import { dpopProof } from '../../domain/sync/dpop';
import { parseEnrolmentLink } from '../../domain/sync/enrolment-link';
import type { PushResponse } from '../../domain/sync/push-answer';

/** How long one request may take before it counts as no answer. */
const REQUEST_TIMEOUT_MS = 30_000;

/** The seconds of a `Retry-After` header, when it holds a number of seconds. */
function retryAfterOf(response: Response): number | undefined {
  const value = response.headers.get('Retry-After');
  const seconds = value === null ? NaN : Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** One device request to the cooperative's server, every one carrying a fresh DPoP proof. */
export interface ServerClient {
  readonly origin: string;
  request(method: 'GET' | 'PUT' | 'POST', path: string, body?: unknown): Promise<PushResponse>;
}

/**
 * A client for the server at `origin` that signs each request with the device key. Any failure to
 * get an answer (offline, refused, timed out) is `network-failed`, never a thrown error.
 */
export function serverClient(origin: string, signer: StatementSigner): ServerClient {
  return {
    origin,
    async request(method, path, body) {
      const url = `${origin}/api/v1${path}`;
      try {
        const proof = await dpopProof(signer, { method, url }, new Date());
        const response = await fetch(url, {
          method,
          headers: {
            DPoP: proof,
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
          cache: 'no-store',
        });
        const text = await response.text();
        let parsed: unknown = null;
        try {
          parsed = text === '' ? null : JSON.parse(text);
        } catch {
          parsed = null;
        }
        const retryAfterS = retryAfterOf(response);
        return {
          status: response.status,
          body: parsed,
          ...(retryAfterS === undefined ? {} : { retryAfterS }),
        };
      } catch {
        return { status: 'network-failed' };
      }
    },
  };
}

/** A server address as typed (`https://` assumed when no scheme is), when it is one the app may call. */
function serverUrl(text: string): URL | null {
  const trimmed = text.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return null;
  return url.username === '' && url.password === '' ? url : null;
}

/** The server's origin from what the member typed: https, or plain http on this machine only. */
export const parseServerOrigin = (text: string): string | null => serverUrl(text)?.origin ?? null;

/**
 * What the branch's QR code carries (`lumbung:enrol?server=…&code=…`, as the back office draws it):
 * the server's origin, held to the same rule as a typed address, and the one-time code.
 */
export function parseEnrolmentQr(text: string): { origin: string; code: string } | null {
  const link = parseEnrolmentLink(text.trim());
  const origin = link === null ? null : parseServerOrigin(link.server);
  return link === null || origin === null ? null : { origin, code: link.code };
}
