import { KeyObject, sign } from 'node:crypto';
import type { ServerKeys } from '../keys';

/** What a receipt vouches for: this book's chain reached `seq` with `hash`, first stored at `receivedAt`. */
export interface ReceiptClaims {
  book: string;
  seq: number;
  hash: string;
  receivedAt: string;
}

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

// The receipt key as OpenSSL holds it, made once per key: signing through it directly costs a
// fraction of a WebCrypto job per push.
const signingKeys = new WeakMap<ServerKeys, { key: KeyObject; header: string }>();

function signingKeyOf(keys: ServerKeys) {
  let entry = signingKeys.get(keys);
  if (entry === undefined) {
    const header = { alg: 'ES256', typ: 'lumbung-receipt+jwt', kid: keys.receiptFingerprint };
    entry = { key: KeyObject.from(keys.receiptKey), header: base64url(JSON.stringify(header)) };
    signingKeys.set(keys, entry);
  }
  return entry;
}

/**
 * A receipt: compact JWS (RFC 7515; ES256, the server's key, the signature as r‖s) over iss,
 * book, seq, hash, receivedAt and iat, in that order.
 */
export function signReceipt(keys: ServerKeys, claims: ReceiptClaims): string {
  const { key, header } = signingKeyOf(keys);
  const payload = { iss: keys.receiptFingerprint, ...claims, iat: Math.floor(Date.now() / 1000) };
  const input = `${header}.${base64url(JSON.stringify(payload))}`;
  const signature = sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}
