import { canonicalJson } from '../canonical';
import { signEs256, utf8, verifyEs256 } from '../platform';
import type { Problem } from '../result';
import { fromBase64url, toBase64url } from './encoding';
import { fingerprintOf, importPublicKey, normalizeFingerprint, type StatementSigner } from './keys';
import { STATEMENT_LIMITS, type KeyHandover, type PublicJwk } from './schema';

/** What a handover signature is for, inside the signed bytes, so it can never pass for another signature. */
export const HANDOVER_PURPOSE = 'lumbung.handover/1';

/** One checked handover, by fingerprints: the old key, the new key, and when it was signed. */
export interface HandoverLink {
  from: string;
  to: string;
  at: string;
}

/** A handover chain as checked: `valid` when every link is signed by its old key and the chain ends at the signer. */
export interface HandoverCheck {
  valid: boolean;
  links: HandoverLink[];
  problems: Problem[];
}

/** Whether two public keys are the same key. */
export const sameKey = (a: PublicJwk, b: PublicJwk): boolean => a.x === b.x && a.y === b.y;

/** The bytes the old key signs: the canonical JSON of the purpose, both keys and the moment. */
const handoverBytes = (link: Omit<KeyHandover, 'value'>): Uint8Array =>
  utf8(canonicalJson({ purpose: HANDOVER_PURPOSE, from: link.from, to: link.to, at: link.at }));

/**
 * The chain that hands `signer`'s signing over to the key `to`: the signer's own chain (the keys
 * that handed over to it, if any) with one link more, signed by the signer's key.
 */
export async function signHandover(
  signer: StatementSigner,
  to: PublicJwk,
  at: Date,
): Promise<KeyHandover[] | null> {
  const earlier = signer.handovers ?? [];
  if (sameKey(signer.publicKey, to) || earlier.length >= STATEMENT_LIMITS.handovers) return null;
  const link = { from: signer.publicKey, to, at: at.toISOString() };
  const value = toBase64url(await signEs256(signer.privateKey, handoverBytes(link)));
  return [...earlier, { ...link, value }];
}

/** Whether one link's signature verifies against its old key (a key that is no P-256 point fails). */
async function linkSigned(link: KeyHandover): Promise<boolean> {
  const signature = fromBase64url(link.value);
  if (!signature || signature.length !== 64) return false;
  try {
    return await verifyEs256(await importPublicKey(link.from), signature, handoverBytes(link));
  } catch {
    return false;
  }
}

/** The fingerprint of a key, or `—` when the key is not a usable P-256 point. */
const fingerprintOrDash = (jwk: PublicJwk): Promise<string> => fingerprintOf(jwk).catch(() => '—');

/**
 * Checks a handover chain for a statement signed by `signer`: each link signed by its old key,
 * each link's new key the next link's old key, the last new key the signer, no key handed to itself.
 */
export async function checkHandovers(
  chain: readonly KeyHandover[],
  signer: PublicJwk,
): Promise<HandoverCheck> {
  const problems: Problem[] = [];
  const links: HandoverLink[] = [];
  for (const [index, link] of chain.entries()) {
    const from = await fingerprintOrDash(link.from);
    const to = await fingerprintOrDash(link.to);
    links.push({ from, to, at: link.at });
    const params = { step: index + 1, from, to };
    if (!(await linkSigned(link))) problems.push({ code: 'handover.invalid', params });
    const next = chain[index + 1]?.from ?? signer;
    if (sameKey(link.from, link.to) || !sameKey(link.to, next))
      problems.push({ code: 'handover.broken', params });
  }
  return { valid: problems.length === 0, links, problems };
}

/**
 * Whether a valid chain vouches for the key `expected` (a registered fingerprint): that key signed
 * one of its links, so the statement's key came from it by handovers it signed.
 */
export function handedOverFrom(check: HandoverCheck | null, expected: string): boolean {
  const normalized = normalizeFingerprint(expected);
  return check !== null && check.valid && check.links.some((link) => link.from === normalized);
}
