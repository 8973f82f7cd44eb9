import type { WallClock } from '../domain/statement/labels';
import { CALENDAR_NAMES, type CalendarNames } from './calendar-names';
import { LOCALES, translate, type Language } from './translate';

/** Named display patterns for business dates. */
export type DatePattern = 'day' | 'dayFull' | 'dayLong' | 'dayShort' | 'month' | 'monthShort';

type DateParts = { year: string; month: number; day: number; weekday: number };

// Each as date-fns' pattern of the same look would print it: `d MMM yyyy`, `d MMMM yyyy`,
// `EEEE, d MMMM yyyy`, `d MMM`, `MMMM yyyy`, `MMM yyyy`.
const PATTERNS: Record<DatePattern, (p: DateParts, n: CalendarNames) => string> = {
  day: (p, n) => `${p.day} ${n.monthsShort[p.month - 1]} ${p.year}`,
  dayFull: (p, n) => `${p.day} ${n.months[p.month - 1]} ${p.year}`,
  dayLong: (p, n) => `${n.weekdays[p.weekday]}, ${p.day} ${n.months[p.month - 1]} ${p.year}`,
  dayShort: (p, n) => `${p.day} ${n.monthsShort[p.month - 1]}`,
  month: (p, n) => `${n.months[p.month - 1]} ${p.year}`,
  monthShort: (p, n) => `${n.monthsShort[p.month - 1]} ${p.year}`,
};

/**
 * Formats a business date (`YYYY-MM-DD`) or month (`YYYY-MM`) for display. The calendar day is
 * shown as written, its weekday counted on the calendar alone, whatever the device's time zone.
 */
export function formatBusinessDate(date: string, language: Language, pattern: DatePattern = 'day'): string {
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10) || '1')];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const parts = { year: String(y).padStart(4, '0'), month: m, day: d, weekday };
  return PATTERNS[pattern](parts, CALENDAR_NAMES[language]);
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
 * 10.00 WITA`. Built from the clock's numbers and fixed month names, not from Intl's words, so it
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

/** A month (`YYYY-MM`) short with its year, for table heads: `Jan 2026`, `Agt 2026`. */
export function formatMonthShort(month: string, language: Language): string {
  return formatBusinessDate(month, language, 'monthShort');
}
