import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { id as idLocale } from 'date-fns/locale/id';
import { describe, expect, it } from 'vitest';
import { formatBusinessDate, type DatePattern } from '../../src/i18n/format-date';

// The date-fns patterns each of ours stands for: statements signed while the app formatted dates
// with date-fns are drawn again byte for byte, so every date must read exactly as it did then.
const DATE_FNS: Record<DatePattern, string> = {
  day: 'd MMM yyyy',
  dayFull: 'd MMMM yyyy',
  dayLong: 'EEEE, d MMMM yyyy',
  dayShort: 'd MMM',
  month: 'MMMM yyyy',
  monthShort: 'MMM yyyy',
};
const LOCALES = { id: idLocale, en: enGB } as const;

/** Every business date from 2023-12-25 for `days` days, as `YYYY-MM-DD`. */
const daysFrom = (days: number) =>
  Array.from({ length: days }, (_, i) => new Date(Date.UTC(2023, 11, 25 + i)).toISOString().slice(0, 10));

describe('business dates on screen and in statements', () => {
  it('read as date-fns read them, every day of a leap year and the next, in both languages', () => {
    const differing: string[] = [];
    for (const day of daysFrom(740)) {
      const [y, m, d] = day.split('-').map(Number);
      for (const language of ['id', 'en'] as const) {
        for (const pattern of Object.keys(DATE_FNS) as DatePattern[]) {
          const expected = format(new Date(y, m - 1, d, 12), DATE_FNS[pattern], {
            locale: LOCALES[language],
          });
          const got = formatBusinessDate(day, language, pattern);
          if (got !== expected) differing.push(`${day} ${language} ${pattern}: ${got} ≠ ${expected}`);
        }
      }
    }
    expect(differing).toEqual([]);
  });

  it('name a month given as YYYY-MM', () => {
    expect(formatBusinessDate('2026-08', 'id', 'month')).toBe('Agustus 2026');
    expect(formatBusinessDate('2026-08', 'en', 'monthShort')).toBe('Aug 2026');
    expect(formatBusinessDate('2026-07-05', 'id', 'dayLong')).toBe('Minggu, 5 Juli 2026');
  });
});
