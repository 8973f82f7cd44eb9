import { describe, expect, it } from 'vitest';
import { formatBusinessDate, formatWallClock } from '../../src/i18n/format-date';

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
