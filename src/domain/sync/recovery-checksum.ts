/**
 * The two check symbols of a recovery code: a Reed–Solomon code over GF(32) with generator
 * (x − α)(x − α²). Its codewords differ in at least three symbols, so any one or two wrong
 * characters (a slip of the pen, two characters swapped) always fail the check; a code of at most
 * 31 symbols keeps that guarantee.
 */

// GF(32) built on the primitive polynomial x⁵ + x² + 1; α = 2.
const FIELD_POLY = 0b100101;
const EXP: number[] = [];
const LOG: number[] = new Array<number>(32).fill(0);
for (let i = 0, x = 1; i < 31; i++) {
  EXP[i] = x;
  LOG[x] = i;
  x <<= 1;
  if (x & 32) x ^= FIELD_POLY;
}

const mul = (a: number, b: number): number => (a === 0 || b === 0 ? 0 : EXP[(LOG[a] + LOG[b]) % 31]);

// g(x) = x² + (α + α²)x + α³.
const G1 = EXP[1] ^ EXP[2];
const G0 = EXP[3];

/** The longest code (data and check symbols) the check fully guards. */
export const MAX_CHECKED_SYMBOLS = 31;

/** The two check symbols (each 0–31) of data symbols (each 0–31): the remainder of m(x)·x² by g(x). */
export function checkSymbols(data: readonly number[]): [number, number] {
  if (data.length + 2 > MAX_CHECKED_SYMBOLS) throw new RangeError('too many symbols to guard');
  let high = 0;
  let low = 0;
  for (const symbol of data) {
    const feedback = symbol ^ high;
    high = low ^ mul(feedback, G1);
    low = mul(feedback, G0);
  }
  return [high, low];
}
