import { verify } from 'node:crypto';
import type { JWK } from 'jose';
import { embeddedKey, type KnownKey } from './key-cache';

/** A DPoP proof whose signature checked out, read without the general JWS machinery. */
export interface PlainProof {
  known: KnownKey;
  payload: Record<string, unknown>;
}

// Only these characters, and never one left over after whole groups of four: every segment that
// passes also decodes the same way in `jose`, which decodes more leniently (padding, whitespace).
const SEGMENT = /^[A-Za-z0-9_-]+$/;
// A 64-byte ES256 signature (r‖s) in base64url without padding.
const SIGNATURE = /^[A-Za-z0-9_-]{86}$/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A segment's JSON object, or undefined when it is anything else or not strictly encoded. */
function jsonObject(segment: string): Record<string, unknown> | undefined {
  if (!SEGMENT.test(segment) || segment.length % 4 === 1) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(strictUtf8.decode(Buffer.from(segment, 'base64url')));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return value as Record<string, unknown>;
}

/** Exactly the three header members a phone sends, with the only type and algorithm accepted. */
function isPlainHeader(header: Record<string, unknown>): header is { typ: string; alg: string; jwk: JWK } {
  const names = Object.keys(header);
  return (
    names.length === 3 &&
    header.typ === 'dpop+jwt' &&
    header.alg === 'ES256' &&
    typeof header.jwk === 'object' &&
    header.jwk !== null
  );
}

/**
 * The proof's key and claims when the proof has the plain form a phone sends — a header of `typ`
 * `dpop+jwt`, `alg` ES256 and the `jwk` alone, claims without `exp` or `nbf`, every segment strict
 * base64url — and its ES256 signature verifies against the embedded key, checked in one OpenSSL
 * call with the key prepared once. Anything else answers null, and the caller reads the proof
 * with the general JWS verification, which accepts or refuses it as it always has: this path only
 * ever accepts proofs that one accepts too.
 */
export async function plainProof(proof: string): Promise<PlainProof | null> {
  const parts = proof.split('.');
  if (parts.length !== 3) return null;
  const [headerText = '', payloadText = '', signatureText = ''] = parts;
  const header = jsonObject(headerText);
  if (header === undefined || !isPlainHeader(header) || !SIGNATURE.test(signatureText)) return null;
  const payload = jsonObject(payloadText);
  if (payload === undefined || 'exp' in payload || 'nbf' in payload || typeof payload.iat !== 'number')
    return null;
  let known: KnownKey;
  try {
    known = await embeddedKey(header);
  } catch {
    return null;
  }
  if (known.verifier === undefined) return null;
  const signed = Buffer.from(`${headerText}.${payloadText}`, 'latin1');
  const signature = Buffer.from(signatureText, 'base64url');
  const valid = verify('sha256', signed, { key: known.verifier, dsaEncoding: 'ieee-p1363' }, signature);
  return valid ? { known, payload } : null;
}
