import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  firstDayOf,
  fromDayNumber,
  lastDayOf,
  monthOf,
  toDayNumber,
  type BusinessDate,
} from '../../src/domain/dates';
import { reportSpans, spansUpTo, type RollupSpans } from '../../src/domain/reports';

const day = fc.integer({ min: toDayNumber('2024-11-01'), max: toDayNumber('2027-02-28') }).map(fromDayNumber);
const period = fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [BusinessDate, BusinessDate]);
const START = '2023-01-01';

/** How each day from START on is covered: by account rows (carried) or by category rows. */
function coverage(spans: RollupSpans, until: BusinessDate) {
  const carried = new Map<BusinessDate, number>();
  const category = new Map<BusinessDate, number>();
  const mark = (map: Map<BusinessDate, number>, d: BusinessDate) => map.set(d, (map.get(d) ?? 0) + 1);
  for (let d = START; d <= until; d = addDays(d, 1)) {
    const month = monthOf(d);
    if (d.slice(0, 4) <= spans.yearsTo) mark(carried, d);
    const m = spans.accountMonths;
    if (m && m.from <= month && month <= m.to) mark(carried, d);
    if (spans.months && spans.months.from <= month && month <= spans.months.to) mark(category, d);
    for (const s of spans.days) if (s.from <= d && d <= s.to) mark(category, d);
  }
  return { carried, category };
}

describe('reportSpans', () => {
  it('covers every day up to the end of the period exactly once, and nothing after it', () => {
    fc.assert(
      fc.property(period, ([from, to]) => {
        const end = lastDayOf(monthOf(to));
        const { carried, category } = coverage(reportSpans(from, to), end);
        for (let d = START; d <= end; d = addDays(d, 1)) {
          const times = (carried.get(d) ?? 0) + (category.get(d) ?? 0);
          expect(times, d).toBe(d <= to ? 1 : 0);
        }
      }),
      { numRuns: 200 },
    );
    // 200 periods walked day by day: a few seconds on a loaded machine, a limit not a measure.
  }, 30_000);

  it('carries in per account only what lies before the period, and reads the whole period per category', () => {
    fc.assert(
      fc.property(period, ([from, to]) => {
        const { carried, category } = coverage(reportSpans(from, to), to);
        for (const d of carried.keys()) expect(d < from, d).toBe(true);
        for (let d = from; d <= to; d = addDays(d, 1)) expect(category.get(d), d).toBe(1);
        const months = reportSpans(from, to).months;
        if (months) expect(firstDayOf(months.from) >= from && lastDayOf(months.to) <= to).toBe(true);
      }),
      { numRuns: 200 },
    );
    // Also 200 periods walked day by day, as above.
  }, 30_000);

  it('reads a year from its months, with one row per account and earlier year carried in', () => {
    expect(reportSpans('2026-01-01', '2026-12-31')).toEqual({
      yearsTo: '2025',
      accountMonths: null,
      months: { from: '2026-01', to: '2026-12' },
      days: [],
    });
    expect(reportSpans('2026-03-15', '2026-05-10')).toEqual({
      yearsTo: '2025',
      accountMonths: { from: '2026-01', to: '2026-02' },
      months: { from: '2026-04', to: '2026-04' },
      days: [
        { from: '2026-03-01', to: '2026-03-31' },
        { from: '2026-05-01', to: '2026-05-10' },
      ],
    });
    expect(spansUpTo('2026-03-31')).toEqual({
      yearsTo: '2025',
      accountMonths: { from: '2026-01', to: '2026-02' },
      months: null,
      days: [{ from: '2026-03-01', to: '2026-03-31' }],
    });
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => reportSpans('2026-03-02', '2026-03-01')).toThrow(RangeError);
  });
});
