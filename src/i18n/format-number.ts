import type { Language } from './translate';

// Written out rather than with Intl.NumberFormat, like the amounts of domain/money.ts: these words are
// printed in a signed statement's PDF, which the officer's viewer draws again and compares byte for
// byte, so they must read the same whatever locale data a device carries.
const SEPARATORS: Record<Language, { group: string; decimal: string }> = {
  id: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** Whole units grouped by threes: `1.234`. */
function grouped(whole: number, separator: string): string {
  return String(whole).replace(/\B(?=(\d{3})+$)/g, separator);
}

/** A number rounded (half up) to at most one decimal, grouped the language's way: `1.234,5`. */
function oneDecimal(value: number, language: Language): string {
  const { group, decimal } = SEPARATORS[language];
  const tenths = Math.round(Math.abs(value) * 10);
  const whole = grouped(Math.floor(tenths / 10), group);
  const text = tenths % 10 === 0 ? whole : `${whole}${decimal}${tenths % 10}`;
  return value < 0 && tenths > 0 ? `-${text}` : text;
}

/** A share (0–1) as a percentage in the member's language: `12,5%`. */
export const formatShare = (share: number, language: Language): string =>
  `${oneDecimal(share * 100, language)}%`;

/** A number with at most one decimal (days may be a half) in the member's language. */
export const formatDecimal = (value: number, language: Language): string => oneDecimal(value, language);
