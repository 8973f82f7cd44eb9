import { describe, expect, it } from 'vitest';
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { id as idLocale } from 'date-fns/locale/id';
import { formatBusinessDate, formatWallClock, type DatePattern } from '../../src/i18n/format-date';

describe('business dates on screen and in statements', () => {
  it('name the calendar day as written, whatever the device zone', () => {
    expect(formatBusinessDate('2026-07-05', 'id', 'dayLong')).toBe('Minggu, 5 Juli 2026');
    expect(formatBusinessDate('2024-02-29', 'en', 'dayFull')).toBe('29 February 2024');
    expect(formatBusinessDate('2026-08-17', 'id', 'day')).toBe('17 Agt 2026');
  });

  it('name a month given as YYYY-MM', () => {
    expect(formatBusinessDate('2026-08', 'id', 'month')).toBe('Agustus 2026');
    expect(formatBusinessDate('2026-08', 'en', 'monthShort')).toBe('Aug 2026');
  });

  it('print a statement time with its zone', () => {
    expect(formatWallClock({ date: '2026-07-05', hour: 10, minute: 0, zone: 'WITA' }, 'id')).toContain(
      '10.00 WITA',
    );
  });
});

describe('business dates spelled as date-fns spells them', () => {
  const FORMATS: Record<DatePattern, string> = {
    day: 'd MMM yyyy',
    dayFull: 'd MMMM yyyy',
    dayLong: 'EEEE, d MMMM yyyy',
    dayShort: 'd MMM',
    month: 'MMMM yyyy',
    monthShort: 'MMM yyyy',
  };
  const LOCALES = { id: idLocale, en: enGB } as const;

  it('match date-fns format for every day of 1999 to 2032 in both languages', () => {
    const mismatches: string[] = [];
    for (let day = new Date(1999, 0, 1, 12); day.getFullYear() < 2033; day.setDate(day.getDate() + 1)) {
      const text = format(day, 'yyyy-MM-dd');
      for (const language of ['id', 'en'] as const) {
        for (const [pattern, tokens] of Object.entries(FORMATS) as [DatePattern, string][]) {
          const expected = format(day, tokens, { locale: LOCALES[language] });
          const got = formatBusinessDate(text, language, pattern);
          if (got !== expected) mismatches.push(`${text} ${language} ${pattern}: ${got} ≠ ${expected}`);
        }
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
