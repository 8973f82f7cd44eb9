import { randomBytes } from '../platform';

/** Crockford's base-32 digits: no I, L, O or U, so a code read aloud or copied by hand survives. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Characters in a recovery code: 20 × 5 bits = 100 random bits, beyond any guessing. */
export const RECOVERY_CODE_LENGTH = 20;

/** Characters per group when the code is shown, and typed back to prove it was written down. */
export const RECOVERY_GROUP_LENGTH = 4;

/** A new recovery code, as its 20 plain characters. */
export function newRecoveryCode(): string {
  // 256 is a multiple of 32, so each byte taken modulo 32 is uniform.
  return [...randomBytes(RECOVERY_CODE_LENGTH)].map((byte) => ALPHABET[byte % 32]).join('');
}

/** The code in groups of four for reading and writing down: `K7QM-3XPA-…`. */
export const groupRecoveryCode = (code: string): string[] =>
  code.match(new RegExp(`.{1,${RECOVERY_GROUP_LENGTH}}`, 'g')) ?? [];

/**
 * The plain code a member typed, or null when it cannot be one: spaces and dashes dropped, lower
 * case raised, and the letters people mistake for digits (O, I, L) read as the digits.
 */
export function readRecoveryCode(typed: string): string | null {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (plain.length !== RECOVERY_CODE_LENGTH) return null;
  return [...plain].every((c) => ALPHABET.includes(c)) ? plain : null;
}
