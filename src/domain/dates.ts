/** A calendar day in the business's own time zone, `YYYY-MM-DD`. Never a `Date` at UTC midnight. */
export type BusinessDate = string;

/** A calendar month, `YYYY-MM`. */
export type BusinessMonth = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a year is a Gregorian leap year. */
const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Whether the text is a real calendar day written `YYYY-MM-DD` (years 1900–9999). */
export function isBusinessDate(text: string): text is BusinessDate {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 1900 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Builds a business date from its parts, or null when the day does not exist. */
export function makeBusinessDate(year: number, month: number, day: number): BusinessDate | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isBusinessDate(text) ? text : null;
}

/** A number within a date's text, read digit by digit (as `Number` reads it when they are not all digits). */
function datePart(date: string, at: number, length: number): number {
  const value = digitsAt(date, at, length);
  return value >= 0 ? value : Number(date.slice(at, at + length));
}

/** Days since 1970-01-01 for a business date (pure integer arithmetic, no time zone involved). */
export function toDayNumber(date: BusinessDate): number {
  return civilDayNumber(datePart(date, 0, 4), datePart(date, 5, 2), datePart(date, 8, 2));
}

/** Milliseconds in a day of UTC (no leap seconds, as Date counts). */
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of year `y0`, month `m` (1–12), day `d` of the proleptic Gregorian calendar. */
function civilDayNumber(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The business date of a day number (inverse of `toDayNumber`). */
export function fromDayNumber(days: number): BusinessDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The date `n` days after (or before, when negative) the given one. */
export const addDays = (date: BusinessDate, n: number): BusinessDate => fromDayNumber(toDayNumber(date) + n);

/** Whole days from `a` to `b` (positive when b is later). */
export const daysBetween = (a: BusinessDate, b: BusinessDate): number => toDayNumber(b) - toDayNumber(a);

/** The month a date falls in. */
export const monthOf = (date: BusinessDate): BusinessMonth => date.slice(0, 7);

/** First day of a month. */
export const firstDayOf = (month: BusinessMonth): BusinessDate => `${month}-01`;

/** Last day of a month. */
export function lastDayOf(month: BusinessMonth): BusinessDate {
  return `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, '0')}`;
}

/** The month `n` months after the given one. */
export function addMonths(month: BusinessMonth, n: number): BusinessMonth {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month touched by the range, in order. */
export function monthsBetween(from: BusinessDate, to: BusinessDate): BusinessMonth[] {
  const months: BusinessMonth[] = [];
  for (let m = monthOf(from); m <= monthOf(to); m = addMonths(m, 1)) months.push(m);
  return months;
}

/** Whether the text names a time zone this runtime knows (IANA). */
export function isTimeZone(text: string): boolean {
  try {
    // A zone's formatter is kept once made: a statement's zone is checked, then read with it.
    dayFormat(text);
    return text.length > 0;
  } catch {
    return false;
  }
}

/** Formatters kept per options and time zone: building one costs far more than using it, and "today" is asked often. */
function keptFormats(options: Intl.DateTimeFormatOptions): (timeZone: string) => Intl.DateTimeFormat {
  const formats = new Map<string, Intl.DateTimeFormat>();
  return (timeZone) => {
    let format = formats.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-CA', { ...options, timeZone });
      formats.set(timeZone, format);
    }
    return format;
  };
}

/** A zone's calendar day as YYYY-MM-DD parts. */
const dayFormat = keptFormats({ year: 'numeric', month: '2-digit', day: '2-digit' });

/** The business date of an instant in a time zone (e.g. "today" for the book). */
export function dateInTimeZone(instant: Date, timeZone: string): BusinessDate {
  const parts = dayFormat(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** An instant as `Date.toISOString` writes it (milliseconds optional): read by hand, far faster than `Date` parses. */
const ISO_UTC = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{3}))?Z$/;

/** The number written by `length` ASCII digits of `text` from `at`, or -1 when one is no digit. */
function digitsAt(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Milliseconds since the epoch of an instant written exactly as `Date.toISOString` writes it (24
 * characters), read without a regular expression or an array (a statement holds one per row); null
 * for any other text.
 */
function isoTime(instant: string): number | null {
  if (instant.length !== 24 || instant[23] !== 'Z') return null;
  const separators = instant[4] === '-' && instant[7] === '-' && instant[10] === 'T';
  if (!separators || instant[13] !== ':' || instant[16] !== ':' || instant[19] !== '.') return null;
  const y = digitsAt(instant, 0, 4);
  const mo = digitsAt(instant, 5, 2);
  const d = digitsAt(instant, 8, 2);
  const h = digitsAt(instant, 11, 2);
  const mi = digitsAt(instant, 14, 2);
  const s = digitsAt(instant, 17, 2);
  const ms = digitsAt(instant, 20, 3);
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0 || ms < 0) return null;
  return timeOfParts(instant, y, mo, d, h, mi, s, ms);
}

/** The time of an instant's parts, read by hand in the ordinary case and by `Date` otherwise. */
function timeOfParts(
  instant: string,
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
): number {
  // Only the ordinary case is read by hand; the rest (years below 100, which Date.UTC maps to the
  // 1900s, hour 24, days past a month's end, which Date rolls over) is left to Date as before.
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59)
    return new Date(instant).getTime();
  // A day past its month's end is left to Date; the month's length is counted, not read back
  // through a Date made for each instant (a statement reads one per row).
  if (d > 28 && d > daysInMonth(y, mo)) return new Date(instant).getTime();
  // What Date.UTC gives for these parts, counted without a call into the engine's date code.
  return civilDayNumber(y, mo, d) * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000 + ms;
}

/** Milliseconds since the epoch of an ISO instant, exactly as `new Date(instant).getTime()` gives them. */
export function instantTime(instant: string): number {
  const fixed = isoTime(instant);
  if (fixed !== null) return fixed;
  const m = ISO_UTC.exec(instant);
  if (m === null) return new Date(instant).getTime();
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, ms = 0] = m.slice(1).map((p) => Number(p ?? 0));
  return timeOfParts(instant, y, mo, d, h, mi, s, ms);
}

/**
 * The span a day is kept for. Today's offsets are whole quarter hours, so a day seldom changes
 * inside one; a slot in which it does (an offset such as Kiritimati's -10:40 before 1979) is not kept.
 */
const SLOT_MS = 15 * 60 * 1000;

/** A function giving the calendar day of an ISO instant in a time zone (one formatter, memoised per slot). */
export function dayInZone(timeZone: string): (instant: string) => BusinessDate {
  const dayOf = dayOfTimeInZone(timeZone);
  return (instant) => dayOf(instantTime(instant));
}

/** Day numbers of the years 1000 to 9999: the days the zone's calendar writes with a four-digit year. */
const FOUR_DIGIT_DAYS = { first: civilDayNumber(1000, 1, 1), last: civilDayNumber(9999, 12, 31) };

/** A zone's wall clock to the second, for a zone's offset. */
const clockFormat = keptFormats({
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

/** A zone's offset from UTC at an instant (epoch milliseconds), to the second, as its calendar shows it; NaN outside four-digit years. */
function offsetAt(timeZone: string, time: number): number {
  const parts = clockFormat(timeZone).formatToParts(time);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  const year = get('year');
  if (!(year >= 1000 && year <= 9999)) return NaN;
  const local = Date.UTC(year, get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return local - Math.floor(time / 1000) * 1000;
}

/**
 * `dayInZone` for an instant already read (milliseconds since the epoch, as `instantTime` gives
 * them). A zone's offset is read at each end of a day of UTC: when it is the same at both (no zone
 * moves its clocks twice within a day), every instant of that day is put on its calendar by that
 * offset, without asking the formatter again (a statement reads the day of every row's instant);
 * otherwise the formatter gives the day. A slot's day is kept when both its ends fall on it.
 */
export function dayOfTimeInZone(timeZone: string): (time: number) => BusinessDate {
  const format = dayFormat(timeZone);
  const days = new Map<number, BusinessDate>();
  /** The offset of each day of UTC that keeps one offset throughout (NaN: one that does not). */
  const steady = new Map<number, number>();
  const offsets = new Map<number, number>();
  const offsetOfDay = (day: number): number => {
    let offset = offsets.get(day);
    if (offset === undefined) offsets.set(day, (offset = offsetAt(timeZone, day * DAY_MS)));
    return offset;
  };
  const dayAt = (time: number): BusinessDate => {
    const utcDay = Math.floor(time / DAY_MS);
    let offset = steady.get(utcDay);
    if (offset === undefined) {
      const start = offsetOfDay(utcDay);
      steady.set(utcDay, (offset = start === offsetOfDay(utcDay + 1) ? start : NaN));
    }
    const local = Math.floor((time + offset) / DAY_MS);
    if (local >= FOUR_DIGIT_DAYS.first && local <= FOUR_DIGIT_DAYS.last) return fromDayNumber(local);
    // en-CA writes the day as `YYYY-MM-DD` itself: its parts are asked for only when it does not.
    const written = format.format(time);
    return WRITTEN_DAY.test(written) ? written : dayOfParts(format.formatToParts(time));
  };
  return (time) => {
    const slot = Math.floor(time / SLOT_MS);
    const known = days.get(slot);
    if (known !== undefined) return known;
    const day = dayAt(time);
    const first = slot * SLOT_MS;
    if (dayAt(first) === day && dayAt(first + SLOT_MS - 1) === day) days.set(slot, day);
    return day;
  };
}

/** A day as en-CA writes it with a four-digit year, two-digit month and two-digit day. */
const WRITTEN_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day of a formatter's parts (year, month, day). */
function dayOfParts(parts: readonly Intl.DateTimeFormatPart[]): BusinessDate {
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The wall clock of an instant in a time zone: its calendar day, hour, minute, and offset from UTC in minutes. */
export function wallClockIn(
  instant: Date,
  timeZone: string,
): { date: BusinessDate; hour: number; minute: number; offsetMinutes: number } {
  // Numeric parts only: their digits are the same in every runtime, unlike the names Intl gives zones.
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const [year, month, day, minute] = [get('year'), get('month'), get('day'), get('minute')];
  const hour = get('hour') % 24; // some runtimes write midnight as 24
  const local = Date.UTC(year, month - 1, day, hour, minute);
  const utc = Math.floor(instant.getTime() / 60_000) * 60_000;
  return {
    date: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    hour,
    minute,
    offsetMinutes: Math.round((local - utc) / 60_000),
  };
}

/** The name of a zone's offset: `WIB`, `WITA`, `WIT` for Indonesia's zones, otherwise `UTC+8`, `UTC-3:30`. */
export function zoneName(timeZone: string, offsetMinutes: number): string {
  const indonesian = INDONESIAN_TIME_ZONES.find((zone) => zone.id === timeZone);
  if (indonesian) return indonesian.label;
  if (offsetMinutes === 0) return 'UTC';
  const abs = Math.abs(offsetMinutes);
  const minutes = abs % 60 === 0 ? '' : `:${String(abs % 60).padStart(2, '0')}`;
  return `UTC${offsetMinutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${minutes}`;
}

/** Today in the book's time zone. */
export const todayIn = (timeZone: string, now: Date = new Date()): BusinessDate =>
  dateInTimeZone(now, timeZone);

/** The time zones of Indonesia, offered by name. */
export const INDONESIAN_TIME_ZONES = [
  { id: 'Asia/Jakarta', label: 'WIB' },
  { id: 'Asia/Makassar', label: 'WITA' },
  { id: 'Asia/Jayapura', label: 'WIT' },
] as const;
