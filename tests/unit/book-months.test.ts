import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, monthOf } from '../../src/domain/dates';
import { beginsBeforeBook, coveredMonths, statementMonthChoices } from '../../src/domain/reports';

describe('the statement period a book supports', () => {
  it('is the complete months since a book began three months ago, not six', () => {
    // First record on 12 August: August is not whole, so September and October.
    expect(coveredMonths('2026-08-12', '2026-11-20')).toEqual({ from: '2026-09-01', to: '2026-10-31' });
    expect(coveredMonths('2026-08-01', '2026-11-20')).toEqual({ from: '2026-08-01', to: '2026-10-31' });
  });

  it('is the last six months for an older book, and for one with no records', () => {
    const six = { from: '2026-05-01', to: '2026-10-31' };
    expect(coveredMonths('2024-02-03', '2026-11-20')).toEqual(six);
    expect(coveredMonths(null, '2026-11-20')).toEqual(six);
  });

  it('is last month alone for a book begun within it, which then begins before the book', () => {
    const period = coveredMonths('2026-10-15', '2026-11-02');
    expect(period).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(beginsBeforeBook(period, '2026-10-15')).toBe(true);
    expect(beginsBeforeBook(coveredMonths('2026-08-12', '2026-11-20'), '2026-08-12')).toBe(false);
  });

  it('offers months from last month back to the month the book began, and no further', () => {
    expect(statementMonthChoices('2026-08-12', '2026-11-20')).toEqual(['2026-10', '2026-09', '2026-08']);
    expect(statementMonthChoices('2026-11-03', '2026-11-20')).toEqual(['2026-10']);
  });

  it('never starts before the book’s first whole month nor runs past last month (property)', () => {
    const day = fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (first, today) => {
        const period = coveredMonths(first, today);
        const last = addMonths(monthOf(today), -1);
        expect(monthOf(period.to)).toBe(last);
        expect(period.from <= period.to).toBe(true);
        expect(monthOf(period.from) >= addMonths(last, -5)).toBe(true);
        if (!beginsBeforeBook(period, first)) expect(period.from >= first).toBe(true);
        expect(statementMonthChoices(first, today)).toContain(monthOf(period.from));
      }),
    );
  });
});
