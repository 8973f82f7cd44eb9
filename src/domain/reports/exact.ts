/** Decimal places a ratio or rate is read to when it must be exact (0.6 → 6/10). */
const RATIO_PLACES = 12;

/** A fraction `numerator / denominator` of big integers, denominator > 0. */
export interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

/** A non-negative decimal such as a ratio (0.6) or a monthly rate (0.015) as an exact fraction. */
export function decimalFraction(value: number): Fraction {
  if (!Number.isFinite(value) || value < 0 || value >= 1e6)
    throw new RangeError(`not a non-negative decimal: ${value}`);
  // toFixed gives the decimal the user typed (0.6, not the binary double nearest to it).
  const digits = value.toFixed(RATIO_PLACES).replace('.', '');
  return { numerator: BigInt(digits), denominator: 10n ** BigInt(RATIO_PLACES) };
}

/** ⌊a / b⌋ for big integers, b > 0. */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

/** ⌈a / b⌉ for big integers, b > 0. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a > 0n ? q + 1n : q;
}
