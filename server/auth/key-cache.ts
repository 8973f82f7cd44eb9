import { createPublicKey, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, errors, type CryptoKey, type JWK } from 'jose';
import { fingerprintOf, importPublicKey, toPublicJwk } from '../../src/domain/statement/keys';
import type { PublicJwk } from '../../src/domain/statement/schema';

/** A device key as the server uses it: imported for verifying, with the names it goes by. */
export interface KnownKey {
  key: CryptoKey;
  /** The same key as OpenSSL holds it, for verifying in one call; undefined if Node cannot read it. */
  verifier: KeyObject | undefined;
  jwk: PublicJwk;
  /** RFC 7638 thumbprint (SHA-256, base64url). */
  thumbprint: string;
  /** The statement format's fingerprint of the same key. */
  fingerprint: string;
}

// Enough for every phone pushing in a morning's burst; the oldest entries go first past it. An
// entry is a public key and two short names, so the whole cache stays around a megabyte.
const MAX_KEYS = 4096;

const known = new Map<string, Promise<KnownKey>>();

async function derive(jwk: PublicJwk): Promise<KnownKey> {
  const [key, thumbprint, fingerprint] = await Promise.all([
    importPublicKey(jwk),
    calculateJwkThumbprint(jwk, 'sha256'),
    fingerprintOf(jwk),
  ]);
  return { key: key as CryptoKey, verifier: keyObjectOf(jwk), jwk, thumbprint, fingerprint };
}

function keyObjectOf(jwk: PublicJwk): KeyObject | undefined {
  try {
    return createPublicKey({ key: { ...jwk }, format: 'jwk' });
  } catch {
    return undefined;
  }
}

/**
 * The embedded key of a DPoP proof's header, imported once and then reused: a phone sends the
 * same public key with every proof, so importing it and hashing its two names every request is
 * wasted work. Refuses (as `EmbeddedJWK` does) a header without a public P-256 JWK, or with a
 * private key, a `use` other than `sig` or an `alg` other than ES256.
 */
export async function embeddedKey(header: { jwk?: JWK }): Promise<KnownKey> {
  const raw = header.jwk;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || 'd' in raw)
    throw new errors.JWSInvalid('the embedded key must be a public JWK');
  if ((raw.use !== undefined && raw.use !== 'sig') || (raw.alg !== undefined && raw.alg !== 'ES256'))
    throw new errors.JWSInvalid('the embedded key is not for ES256 signatures');
  let jwk: PublicJwk;
  try {
    jwk = toPublicJwk(raw);
  } catch {
    throw new errors.JWSInvalid('the embedded key is not a P-256 public key');
  }
  const name = `${jwk.x}.${jwk.y}`;
  let entry = known.get(name);
  if (entry === undefined) {
    entry = derive(jwk);
    // A key that fails to import is not kept: the next proof tries again and fails the same way.
    entry.catch(() => known.delete(name));
    if (known.size >= MAX_KEYS) known.delete(known.keys().next().value ?? '');
  } else known.delete(name);
  // Re-inserted last, so the keys in use stay and the least recently used leave first.
  known.set(name, entry);
  return entry;
}
