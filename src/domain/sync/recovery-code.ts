import { randomBytes } from '../platform';
import { fail, ok, type Result } from '../result';
import { groupsOfFour } from '../statement/encoding';
import type { SyncProblem } from './codes';
import { checkSymbols } from './recovery-checksum';

/**
 * Crockford's base32: digits and letters without I, L, O and U, so nothing written down reads as
 * another symbol; I and L typed back count as 1, O as 0.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TYPED_ALIKE: Record<string, string> = { I: '1', L: '1', O: '0' };

/** Random symbols in a recovery code: 22 × 5 = 110 bits. */
export const RECOVERY_DATA_SYMBOLS = 22;
/** Symbols in a whole recovery code: the random ones and two check symbols, six groups of four. */
export const RECOVERY_CODE_SYMBOLS = RECOVERY_DATA_SYMBOLS + 2;

/** A recovery code that passed its check, in the one form its key is derived from (24 symbols). */
export type RecoveryCode = string & { readonly __recoveryCode: unique symbol };

const withCheck = (data: readonly number[]): string =>
  [...data, ...checkSymbols(data)].map((symbol) => ALPHABET[symbol]).join('');

/** A new recovery code from the platform's random source. */
export function newRecoveryCode(): RecoveryCode {
  // 256 is a multiple of 32, so the low five bits of a random byte are uniform.
  const data = [...randomBytes(RECOVERY_DATA_SYMBOLS)].map((byte) => byte & 31);
  return withCheck(data) as RecoveryCode;
}

/** A recovery code as a person reads and writes it: `ABCD-EFGH-…`, six groups of four. */
export const formatRecoveryCode = (code: RecoveryCode): string => groupsOfFour(code);

/**
 * A recovery code as typed back: case, spaces and hyphens ignored, I/L read as 1 and O as 0. A text
 * of the wrong length or with other characters is malformed; one that fails the check symbols is a
 * typo, caught before any slow key derivation.
 */
export function parseRecoveryCode(text: string): Result<RecoveryCode, SyncProblem> {
  const bare = [...text.toUpperCase().replace(/[\s-]/g, '')].map((c) => TYPED_ALIKE[c] ?? c).join('');
  if (bare.length !== RECOVERY_CODE_SYMBOLS || [...bare].some((c) => !ALPHABET.includes(c)))
    return fail({ code: 'sync.recoveryCodeMalformed', params: { length: RECOVERY_CODE_SYMBOLS } });
  const data = [...bare.slice(0, RECOVERY_DATA_SYMBOLS)].map((c) => ALPHABET.indexOf(c));
  return withCheck(data) === bare ? ok(bare as RecoveryCode) : fail({ code: 'sync.recoveryCodeTypo' });
}
