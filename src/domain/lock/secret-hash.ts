import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { pbkdf2Sha256, randomBytes } from '../platform';

/** A salted slow hash of a PIN or recovery code; the secret itself is never kept. */
export interface SecretHash {
  /** Always PBKDF2-HMAC-SHA-256; named so a later scheme can sit beside it. */
  scheme: 'pbkdf2-sha256';
  iterations: number;
  /** 16 random bytes, hex. */
  salt: string;
  /** 32 derived bytes, hex. */
  hash: string;
}

/**
 * Rounds for a PIN, chosen so that unlocking fits 0.3 s on a phone four times slower than a
 * desktop core (docs/data-safety.md, "How many rounds"): a PIN has at most a million values, so no
 * count of rounds protects a copy of the files, and the waits after wrong PINs, not the rounds,
 * slow a person at the lock screen.
 */
export const PIN_ITERATIONS = 50_000;

/** Rounds for a recovery code: its 100 random bits carry the strength, the rounds only add to it. */
export const RECOVERY_ITERATIONS = 100_000;

/** Hashes a secret under a new random salt. */
export async function hashSecret(secret: string, iterations: number): Promise<SecretHash> {
  const salt = randomBytes(16);
  const hash = await pbkdf2Sha256(secret, salt, iterations, 32);
  return { scheme: 'pbkdf2-sha256', iterations, salt: bytesToHex(salt), hash: bytesToHex(hash) };
}

/** Whether a secret matches its stored hash (compared in constant time). */
export async function secretMatches(secret: string, stored: SecretHash): Promise<boolean> {
  const expected = hexToBytes(stored.hash);
  const actual = await pbkdf2Sha256(secret, hexToBytes(stored.salt), stored.iterations, expected.length);
  let difference = actual.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) difference |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return difference === 0;
}

/** Whether a value read back from storage has the shape of a `SecretHash`. */
export function isSecretHash(value: unknown): value is SecretHash {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.scheme === 'pbkdf2-sha256' &&
    Number.isSafeInteger(v.iterations) &&
    (v.iterations as number) >= 1 &&
    typeof v.salt === 'string' &&
    /^[0-9a-f]{32}$/.test(v.salt) &&
    typeof v.hash === 'string' &&
    /^[0-9a-f]{64}$/.test(v.hash)
  );
}
