import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { id as idLocale } from 'date-fns/locale/id';
import type { Language } from './translate';

const DATE_LOCALES = { id: idLocale, en: enGB } as const;

/** Named display patterns for business dates and instants. */
export type DatePattern = 'day' | 'dayLong' | 'dayShort' | 'month' | 'dateTime';

const PATTERNS: Record<DatePattern, string> = {
  day: 'd MMM yyyy',
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
  return new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
}
