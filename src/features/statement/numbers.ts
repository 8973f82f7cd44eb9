/** The longest a percentage is typed: three digits, a decimal sign, three decimals and `%` (`100,000%`). */
export const PERCENT_INPUT_MAX_LENGTH = 8;

/**
 * A percentage as typed (`60`, `62,5`, `1.5`, `60%`) as a fraction (0.6, 0.625, 0.015), or null when
 * it is not a number from 0 to `max` percent with at most three decimals.
 */
export function parsePercent(text: string, max = 100): number | null {
  const match = /^\s*(\d{1,3})(?:[.,](\d{1,3}))?\s*%?\s*$/.exec(text);
  if (!match) return null;
  const decimals = match[2] ?? '';
  // An integer over a power of ten: the nearest double to the decimal, so `0.625` and not `0.62500001`.
  const fraction = Number(`${match[1]}${decimals}`) / (100 * 10 ** decimals.length);
  return fraction <= max / 100 ? fraction : null;
}

/** Whole Rupiah from the digits of an amount field: undefined when empty, null when too large. */
export function amountFromDigits(digits: string): number | null | undefined {
  if (digits === '') return undefined;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}

/** A fraction (0.6) as a percentage for a field (`60`, `62,5`), in the app's decimal comma. */
export const percentText = (fraction: number): string =>
  String(Math.round(fraction * 100_000) / 1000).replace('.', ',');
