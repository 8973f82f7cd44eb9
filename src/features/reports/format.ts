import type { BusinessMonth } from '../../domain/dates';
import { formatRupiah } from '../../domain/money';
import type { FigureChange } from '../../domain/reports';
import { LOCALES, type Language } from '../../i18n/translate';

const percentFormats = new Map<Language, Intl.NumberFormat>();

/** A ratio as a signed percentage in the member's language: `+12,5%`. */
export function formatPercent(ratio: number, language: Language): string {
  let format = percentFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], {
      style: 'percent',
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    percentFormats.set(language, format);
  }
  return format.format(ratio);
}

/** A change in Rupiah, signed: `+Rp 120.000` or `-Rp 45.000`. */
export const formatSignedRupiah = (value: number): string =>
  value > 0 ? `+${formatRupiah(value)}` : formatRupiah(value);

/** A change as the member reads it: Rupiah and percent, or words when there is no percent. */
export function describeChange(
  change: FigureChange,
  language: Language,
  words: { none: string; fresh: string },
): string {
  if (change.change === 0) return words.none;
  const percent = change.ratio === null ? words.fresh : formatPercent(change.ratio, language);
  return `${formatSignedRupiah(change.change)} (${percent})`;
}

/** A month's short name for chart axes: `Jan`, `Feb`… */
export function monthShort(month: BusinessMonth, language: Language, withYear = false): string {
  const date = new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15);
  return new Intl.DateTimeFormat(LOCALES[language], {
    month: 'short',
    ...(withYear ? { year: '2-digit' } : {}),
  }).format(date);
}
