import { LOCALES, type Language } from './translate';

/** A share (0–1) as a percentage in the member's language: `12,5%`. */
export const formatShare = (share: number, language: Language): string =>
  new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 1 }).format(share);

/** A number with at most one decimal (days may be a half) in the member's language. */
export const formatDecimal = (value: number, language: Language): string =>
  new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }).format(value);
