import type { Language } from './translate';

/** The names a language gives months and weekdays, as its calendars print them. */
export type CalendarNames = {
  months: readonly string[];
  monthsShort: readonly string[];
  /** Sunday first, as `Date#getUTCDay` counts. */
  weekdays: readonly string[];
};

// These are the names the Unicode CLDR gives (and date-fns' `id` and `en-GB` locales print). A
// signed statement's PDF is drawn again and compared byte for byte, so they are fixed here rather
// than taken from the device's Intl, and a test holds them to date-fns.
/** Month and weekday names per language. */
export const CALENDAR_NAMES: Record<Language, CalendarNames> = {
  id: {
    months: [
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember',
    ],
    monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des'],
    weekdays: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  },
  en: {
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  },
};
