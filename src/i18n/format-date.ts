import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { id as idLocale } from 'date-fns/locale/id';
import { LOCALES, type Language } from './translate';

const DATE_LOCALES = { id: idLocale, en: enGB } as const;

/** Named display patterns for business dates and instants. */
export type DatePattern = 'day' | 'dayFull' | 'dayLong' | 'dayShort' | 'month' | 'dateTime';

const PATTERNS: Record<DatePattern, string> = {
  day: 'd MMM yyyy',
  dayFull: 'd MMMM yyyy',
  dayLong: 'EEEE, d MMMM yyyy',
  dayShort: 'd MMM',
  month: 'MMMM yyyy',
  dateTime: 'd MMM yyyy, HH.mm',
};

/**
 * Formats a business date (`YYYY-MM-DD`) or month (`YYYY-MM`) for display. The calendar day is
 * shown as written: it is placed at local noon only so that date-fns can name its weekday and month.
 */
export function formatBusinessDate(date: string, language: Language, pattern: DatePattern = 'day'): string {
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10) || '1')];
  return format(new Date(y, m - 1, d, 12), PATTERNS[pattern], { locale: DATE_LOCALES[language] });
}

/** Formats an instant (ISO text) in a time zone, e.g. when an entry was recorded. */
export function formatInstant(instant: string, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
}

/** An instant in full with its zone named, as a signed statement prints it: `28 November 2026 pukul 20.27 WITA`. */
export function formatInstantFull(instant: string, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(instant));
}

/** A month (`YYYY-MM`) short with its year, for table heads: `Jan 2026`, `Agu 2026`. */
export function formatMonthShort(month: string, language: Language): string {
  const date = new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15);
  return new Intl.DateTimeFormat(LOCALES[language], { month: 'short', year: 'numeric' }).format(date);
}
