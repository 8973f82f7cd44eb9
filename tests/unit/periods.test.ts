import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/domain/dates';
import {
  customPeriod,
  isoWeekday,
  lastCompleteMonths,
  lastMonthPeriod,
  monthPeriod,
  periodDays,
  presetPeriod,
  previousPeriod,
  thisMonthPeriod,
  todayPeriod,
  weekPeriod,
  yearPeriod,
} from '../../src/domain/reports';

describe('report periods', () => {
  it('know the weekday of a date', () => {
    expect(isoWeekday('2026-01-01')).toBe(4); // a Thursday
    expect(isoWeekday('2026-03-02')).toBe(1);
    expect(isoWeekday('2026-03-08')).toBe(7);
    expect(isoWeekday('1969-12-29')).toBe(1);
  });

  it('start the week on Monday', () => {
    expect(weekPeriod('2026-03-04')).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(weekPeriod('2026-03-02')).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(weekPeriod('2026-03-08')).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(weekPeriod('2026-01-01')).toEqual({ from: '2025-12-29', to: '2026-01-04' });
    const day = fc
      .integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2100-12-31') })
      .map(fromDayNumber);
    fc.assert(
      fc.property(day, (d) => {
        const week = weekPeriod(d);
        return isoWeekday(week.from) === 1 && periodDays(week) === 7 && week.from <= d && d <= week.to;
      }),
    );
  });

  it('give today, this month, last month and this year', () => {
    expect(todayPeriod('2026-03-15')).toEqual({ from: '2026-03-15', to: '2026-03-15' });
    expect(thisMonthPeriod('2026-02-15')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(lastMonthPeriod('2026-01-10')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(lastMonthPeriod('2028-03-31')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(yearPeriod('2026-07-04')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(monthPeriod('2026-04')).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    expect(presetPeriod('thisWeek', '2026-03-04')).toEqual(weekPeriod('2026-03-04'));
    expect(presetPeriod('lastMonth', '2026-03-04')).toEqual(monthPeriod('2026-02'));
  });

  it('check custom ranges', () => {
    expect(customPeriod('2026-01-05', '2026-02-10')).toEqual({
      ok: true,
      value: { from: '2026-01-05', to: '2026-02-10' },
    });
    expect(customPeriod('2026-02-10', '2026-01-05')).toMatchObject({
      ok: false,
      errors: [{ code: 'period.reversed' }],
    });
    expect(customPeriod('2026-02-30', '2026-03-05')).toMatchObject({
      ok: false,
      errors: [{ code: 'period.date.invalid' }],
    });
  });

  it('compare with the period of equal length before', () => {
    expect(previousPeriod(monthPeriod('2026-03'))).toEqual(monthPeriod('2026-02'));
    expect(previousPeriod(monthPeriod('2026-01'))).toEqual(monthPeriod('2025-12'));
    expect(previousPeriod({ from: '2026-01-01', to: '2026-06-30' })).toEqual({
      from: '2025-07-01',
      to: '2025-12-31',
    });
    expect(previousPeriod(weekPeriod('2026-03-04'))).toEqual({ from: '2026-02-23', to: '2026-03-01' });
    expect(previousPeriod(todayPeriod('2026-03-01'))).toEqual(todayPeriod('2026-02-28'));
    expect(previousPeriod({ from: '2026-03-10', to: '2026-03-19' })).toEqual({
      from: '2026-02-28',
      to: '2026-03-09',
    });
  });

  it('give the last complete months before a date (the statement default)', () => {
    expect(lastCompleteMonths('2026-07-15')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(lastCompleteMonths('2026-07-01')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(lastCompleteMonths('2026-02-28', 3)).toEqual({ from: '2025-11-01', to: '2026-01-31' });
  });
});
