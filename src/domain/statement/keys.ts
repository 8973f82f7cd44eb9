import {
  exportJwk,
  exportSpki,
  generateEcP256KeyPair,
  importEcP256Jwk,
  sha256,
  type CryptoKeyLike,
  type CryptoKeyPairLike,
  type JsonWebKeyLike,
} from '../platform';
import { groupsOfFour, toBase32 } from './encoding';
import { publicJwkSchema, type KeyHandover, type PublicJwk } from './schema';

/** A key that signs statements: the private key (may be non-extractable), its public JWK, and its handovers. */
export interface StatementSigner {
  privateKey: CryptoKeyLike;
  publicKey: PublicJwk;
  /** The handovers from earlier devices' keys to this one, oldest first (none for a first device). */
  handovers?: readonly KeyHandover[];
}

/** The public JWK's four members alone (WebCrypto adds `ext` and `key_ops`). */
export function toPublicJwk(jwk: JsonWebKeyLike): PublicJwk {
  return publicJwkSchema.parse({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y });
}

/** A new signing key pair. In the browser keep `extractable` false; the CLI needs true to save it. */
export function generateSigningKeyPair(extractable = false): Promise<CryptoKeyPairLike> {
  return generateEcP256KeyPair(extractable);
}

/** The signer for a key pair (the public key is always exportable). */
export async function signerFromKeyPair(pair: CryptoKeyPairLike): Promise<StatementSigner> {
  return { privateKey: pair.privateKey, publicKey: toPublicJwk(await exportJwk(pair.publicKey)) };
}

/** The signer for a private JWK (with `d`), as the CLI keeps it in its key file. */
export async function signerFromPrivateJwk(jwk: JsonWebKeyLike): Promise<StatementSigner> {
  return { privateKey: await importEcP256Jwk(jwk, false), publicKey: toPublicJwk(jwk) };
}

/** A WebCrypto public key for a public JWK. */
export const importPublicKey = (jwk: PublicJwk): Promise<CryptoKeyLike> => importEcP256Jwk(jwk, true);

/**
 * The key's fingerprint: SHA-256 of its SubjectPublicKeyInfo (DER) bytes, base32 (RFC 4648, no
 * padding), the first 16 characters, shown in groups of four: `ABCD-EFGH-IJKL-MNOP`.
 */
export async function fingerprintOf(jwk: PublicJwk): Promise<string> {
  const spki = await exportSpki(await importPublicKey(jwk));
  return groupsOfFour(toBase32(await sha256(spki)).slice(0, 16));
}

/** A fingerprint as typed by a person, tidied: upper case, hyphens where they belong; null when malformed. */
export function normalizeFingerprint(text: string): string | null {
  const bare = text.toUpperCase().replace(/[\s-]/g, '');
  return /^[A-Z2-7]{16}$/.test(bare) ? groupsOfFour(bare) : null;
}
