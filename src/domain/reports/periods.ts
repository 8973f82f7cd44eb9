import {
  addDays,
  addMonths,
  daysBetween,
  firstDayOf,
  isBusinessDate,
  lastDayOf,
  monthOf,
  monthsBetween,
  toDayNumber,
  type BusinessDate,
  type BusinessMonth,
} from '../dates';
import { fail, ok, type Problem, type Result } from '../result';

/** An inclusive range of calendar days. */
export interface Period {
  from: BusinessDate;
  to: BusinessDate;
}

/** The periods offered on the reports screen. */
export type PeriodPreset = 'today' | 'thisWeek' | 'thisMonth' | 'lastMonth' | 'thisYear';

/** ISO weekday of a date: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export const isoWeekday = (date: BusinessDate): number => ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;

/** The single day `today`. */
export const todayPeriod = (today: BusinessDate): Period => ({ from: today, to: today });

/** Monday to Sunday of the week holding `today`. */
export function weekPeriod(today: BusinessDate): Period {
  const from = addDays(today, 1 - isoWeekday(today));
  return { from, to: addDays(from, 6) };
}

/** The whole of one month. */
export const monthPeriod = (month: BusinessMonth): Period => ({
  from: firstDayOf(month),
  to: lastDayOf(month),
});

/** The whole month holding `today`. */
export const thisMonthPeriod = (today: BusinessDate): Period => monthPeriod(monthOf(today));

/** The whole month before the one holding `today`. */
export const lastMonthPeriod = (today: BusinessDate): Period => monthPeriod(addMonths(monthOf(today), -1));

/** 1 January to 31 December of the year holding `today`. */
export const yearPeriod = (today: BusinessDate): Period => ({
  from: `${today.slice(0, 4)}-01-01`,
  to: `${today.slice(0, 4)}-12-31`,
});

/** The period a preset names, seen from `today`. */
export function presetPeriod(preset: PeriodPreset, today: BusinessDate): Period {
  switch (preset) {
    case 'today':
      return todayPeriod(today);
    case 'thisWeek':
      return weekPeriod(today);
    case 'thisMonth':
      return thisMonthPeriod(today);
    case 'lastMonth':
      return lastMonthPeriod(today);
    case 'thisYear':
      return yearPeriod(today);
  }
}

/** Codes a custom range can be refused with; messages live in the i18n catalogue. */
export const PERIOD_ERROR_CODES = ['period.date.invalid', 'period.reversed'] as const;

/** A custom range, checked: both real days, `from` not after `to`. */
export function customPeriod(from: string, to: string): Result<Period, Problem> {
  if (!isBusinessDate(from)) return fail({ code: 'period.date.invalid', params: { value: from } });
  if (!isBusinessDate(to)) return fail({ code: 'period.date.invalid', params: { value: to } });
  if (from > to) return fail({ code: 'period.reversed', params: { from, to } });
  return ok({ from, to });
}

/** Number of days in a period. */
export const periodDays = (period: Period): number => daysBetween(period.from, period.to) + 1;

/** Whether a period runs from the first day of a month to the last day of a month. */
export const isWholeMonths = (period: Period): boolean =>
  period.from === firstDayOf(monthOf(period.from)) && period.to === lastDayOf(monthOf(period.to));

/**
 * The period of equal length just before this one, for comparisons. Whole months compare with the
 * same number of whole months before (March → February, not "the 31 days before March"); any other
 * range with the same number of days ending the day before it starts.
 */
export function previousPeriod(period: Period): Period {
  if (isWholeMonths(period)) {
    const count = monthsBetween(period.from, period.to).length;
    return {
      from: firstDayOf(addMonths(monthOf(period.from), -count)),
      to: lastDayOf(addMonths(monthOf(period.from), -1)),
    };
  }
  const days = periodDays(period);
  return { from: addDays(period.from, -days), to: addDays(period.from, -1) };
}

/** The `count` whole months before the month holding `today` (default 6: the statement's default). */
export function lastCompleteMonths(today: BusinessDate, count = 6): Period {
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError(`count must be ≥ 1: ${count}`);
  const current = monthOf(today);
  return { from: firstDayOf(addMonths(current, -count)), to: lastDayOf(addMonths(current, -1)) };
}
