import type { Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { id as idLocale } from 'date-fns/locale/id';
import type { WallClock } from '../domain/statement/labels';
import { LOCALES, translate, type Language } from './translate';

const DATE_LOCALES: Record<Language, Locale> = { id: idLocale, en: enGB };

/** Named display patterns for business dates. */
export type DatePattern = 'day' | 'dayFull' | 'dayLong' | 'dayShort' | 'month' | 'monthShort';

/** The parts of a business date a pattern is made of, already in words. */
interface DateParts {
  day: string;
  monthShort: string;
  monthLong: string;
  year: string;
  weekday: string;
}

/** Each pattern as date-fns would spell it (`d MMM yyyy`, `EEEE, d MMMM yyyy`, …). */
const PATTERNS: Record<DatePattern, (p: DateParts) => string> = {
  day: (p) => `${p.day} ${p.monthShort} ${p.year}`,
  dayFull: (p) => `${p.day} ${p.monthLong} ${p.year}`,
  dayLong: (p) => `${p.weekday}, ${p.day} ${p.monthLong} ${p.year}`,
  dayShort: (p) => `${p.day} ${p.monthShort}`,
  month: (p) => `${p.monthLong} ${p.year}`,
  monthShort: (p) => `${p.monthShort} ${p.year}`,
};

/**
 * Formats a business date (`YYYY-MM-DD`) or month (`YYYY-MM`) for display. The calendar day is
 * shown as written, whatever the device's zone; month and weekday names are date-fns' own, taken
 * from its locales' `localize` (the whole `format` is not needed for these few patterns, and it
 * would weigh on the first screen).
 */
export function formatBusinessDate(date: string, language: Language, pattern: DatePattern = 'day'): string {
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10) || '1')];
  const { localize } = DATE_LOCALES[language];
  const month = (m - 1) as Parameters<typeof localize.month>[0];
  const calendarDay = new Date(0);
  calendarDay.setUTCFullYear(y, m - 1, d);
  const weekday = calendarDay.getUTCDay() as Parameters<typeof localize.day>[0];
  return PATTERNS[pattern]({
    day: String(d),
    monthShort: localize.month(month, { width: 'abbreviated', context: 'formatting' }),
    monthLong: localize.month(month, { width: 'wide', context: 'formatting' }),
    year: date.slice(0, 4),
    weekday: localize.day(weekday, { width: 'wide', context: 'formatting' }),
  });
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
