import { addMonths, firstDayOf, lastDayOf, monthOf, type BusinessDate, type BusinessMonth } from '../dates';

/** An inclusive range of months. */
export interface MonthSpan {
  from: BusinessMonth;
  to: BusinessMonth;
}

/** An inclusive range of days. */
export interface DaySpan {
  from: BusinessDate;
  to: BusinessDate;
}

/**
 * Which rollups hold, exactly once, everything dated up to a period's end. What lies before the
 * period only moves balances, so it comes per account: whole years, then whole months of the
 * period's first year. The period itself comes per category: whole months, and the days of the
 * months it cuts through (their days before the period included).
 */
export interface RollupSpans {
  /** Account years up to and including this one (`YYYY`). */
  yearsTo: string;
  /** Account months of one year, before the month the daily or monthly rows start. */
  accountMonths: MonthSpan | null;
  /** Category months lying wholly inside the period. */
  months: MonthSpan | null;
  /** Category days: the cut months, from their first day. */
  days: DaySpan[];
}

const yearBefore = (month: BusinessMonth): string => String(Number(month.slice(0, 4)) - 1).padStart(4, '0');

/** Account years and months carrying everything before the first day of `month`. */
function carryInto(month: BusinessMonth): Pick<RollupSpans, 'yearsTo' | 'accountMonths'> {
  const january = `${month.slice(0, 4)}-01`;
  return {
    yearsTo: yearBefore(month),
    accountMonths: month > january ? { from: january, to: addMonths(month, -1) } : null,
  };
}

/**
 * The rollups a report of [from, to] reads. The cost is the years of the book (one row per account
 * each), at most eleven months per account, the period's whole months and the days of at most two
 * months: it grows with the period, not with the entries or the history.
 */
export function reportSpans(from: BusinessDate, to: BusinessDate): RollupSpans {
  if (from > to) throw new RangeError(`period ends before it starts: ${from}..${to}`);
  const first = monthOf(from);
  const last = monthOf(to);
  const whole = (month: BusinessMonth) => from <= firstDayOf(month) && lastDayOf(month) <= to;
  const inner = {
    from: whole(first) ? first : addMonths(first, 1),
    to: whole(last) ? last : addMonths(last, -1),
  };
  const days: DaySpan[] = [];
  if (!whole(first))
    days.push({ from: firstDayOf(first), to: to < lastDayOf(first) ? to : lastDayOf(first) });
  if (last !== first && !whole(last)) days.push({ from: firstDayOf(last), to });
  return { ...carryInto(first), months: inner.from <= inner.to ? inner : null, days };
}

/** The rollups holding everything up to and including `date`: carried in to its month, then its days. */
export const spansUpTo = (date: BusinessDate): RollupSpans => ({
  ...carryInto(monthOf(date)),
  months: null,
  days: [{ from: firstDayOf(monthOf(date)), to: date }],
});
