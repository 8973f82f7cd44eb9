import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { id as idLocale } from 'date-fns/locale/id';
import type { WallClock } from '../domain/statement/labels';
import { LOCALES, translate, type Language } from './translate';

const DATE_LOCALES = { id: idLocale, en: enGB } as const;

/** Named display patterns for business dates. */
export type DatePattern = 'day' | 'dayFull' | 'dayLong' | 'dayShort' | 'month' | 'monthShort';

const PATTERNS: Record<DatePattern, string> = {
  day: 'd MMM yyyy',
  dayFull: 'd MMMM yyyy',
  dayLong: 'EEEE, d MMMM yyyy',
  dayShort: 'd MMM',
  month: 'MMMM yyyy',
  monthShort: 'MMM yyyy',
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

const TIME_SEPARATORS: Record<Language, string> = { id: '.', en: ':' };

/**
 * A wall-clock time in full with its zone named, as a signed statement prints it: `5 Juli 2026 pukul
 * 10.00 WITA`. Built from the clock's numbers and date-fns' month names, not from Intl's words, so it
 * reads the same on every device (the statement's PDF is drawn again and compared byte for byte).
 */
export function formatWallClock(clock: WallClock, language: Language): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return translate(language, 'statementFile.instant', {
    date: formatBusinessDate(clock.date, language, 'dayFull'),
    time: `${pad(clock.hour)}${TIME_SEPARATORS[language]}${pad(clock.minute)}`,
    zone: clock.zone,
  });
}

/** A month (`YYYY-MM`) short with its year, for table heads: `Jan 2026`, `Agt 2026` (date-fns' names). */
export function formatMonthShort(month: string, language: Language): string {
  return formatBusinessDate(month, language, 'monthShort');
}
