import { canonicalJson } from '../canonical';
import { newId, sha256 } from '../platform';
import { toBase64url } from '../statement/encoding';
import type { StatementSigner } from '../statement/keys';
import type { PublicJwk } from '../statement/schema';
import { signCompactJws } from './jws';

/** A request a proof is made for: its method and its full URL. */
export interface DpopRequest {
  method: string;
  url: string;
}

/**
 * The `htu` of a URL: the URL without query or fragment (RFC 9449 §4.2). Only absolute http(s)
 * URLs are accepted, since the server compares the whole target it was reached at.
 */
export function htuOf(url: string): string {
  if (!/^https?:\/\/[^/?#\s]+/i.test(url)) throw new TypeError('a proof needs an absolute http(s) URL');
  return url.replace(/[?#].*$/s, '');
}

/**
 * A DPoP proof (RFC 9449) for one request, signed by the device key: a compact JWS whose header
 * carries the public key and whose claims name a fresh id, the method, the target and the time.
 */
export function dpopProof(
  signer: StatementSigner,
  request: DpopRequest,
  now: Date,
  jti: string = newId(),
): Promise<string> {
  const header = { typ: 'dpop+jwt', alg: 'ES256', jwk: signer.publicKey };
  const claims = {
    jti,
    htm: request.method.toUpperCase(),
    htu: htuOf(request.url),
    iat: Math.floor(now.getTime() / 1000),
  };
  return signCompactJws(header, claims, signer.privateKey);
}

/** The RFC 7638 thumbprint of a public key, by which the server knows the device: base64url SHA-256. */
export async function jwkThumbprint(jwk: PublicJwk): Promise<string> {
  // JCS orders the four required members as RFC 7638 asks (crv, kty, x, y), with no whitespace.
  const required = { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y };
  return toBase64url(await sha256(canonicalJson(required)));
}
