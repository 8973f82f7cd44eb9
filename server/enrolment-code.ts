import { randomInt } from 'node:crypto';

// Crockford's base32 letters: no I, L, O or U, so a code read aloud or copied by hand survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 10; // 10 × 5 = 50 bits of randomness

/** A new one-time enrolment code, shown as `XXXXX-XXXXX`. */
export function newEnrolmentCode(): string {
  const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** A code as typed by a member, tidied to the form it is stored under (upper case, no spaces or hyphens). */
export const normalizeEnrolmentCode = (text: string): string =>
  text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
