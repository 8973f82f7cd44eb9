import { describe, expect, it } from 'vitest';
import type { MonthRow } from '../../src/domain/reports';
import { shownMonths } from '../../src/features/reports/shown-months';

const month = (m: string, cashIn: number, closingBalance: number): MonthRow => ({
  month: m,
  revenue: cashIn,
  purchases: 0,
  closingInventory: 0,
  cogs: 0,
  grossProfit: cashIn,
  operatingExpenses: 0,
  operatingProfit: cashIn,
  otherIncome: 0,
  otherExpenses: 0,
  netProfit: cashIn,
  cashIn,
  cashOut: 0,
  closingBalance,
  prive: 0,
  angsuranPokok: 0,
});

const year = (active: Record<string, number>) => {
  let balance = 0;
  return Array.from({ length: 12 }, (_, i) => {
    const m = `2026-${String(i + 1).padStart(2, '0')}`;
    balance += active[m] ?? 0;
    return month(m, active[m] ?? 0, balance);
  });
};

describe('the months a year report lists', () => {
  it('starts at the first month with money and stops at this month', () => {
    const shown = shownMonths(year({ '2026-02': 500_000, '2026-03': 200_000 }), '2026-03-20');
    expect(shown.map((m) => m.month)).toEqual(['2026-02', '2026-03']);
  });

  it('keeps a quiet month between two active ones', () => {
    const shown = shownMonths(year({ '2026-01': 100, '2026-03': 100 }), '2026-04-02');
    expect(shown.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
  });

  it('lists nothing for a year with no money yet', () => {
    expect(shownMonths(year({}), '2026-12-31')).toEqual([]);
  });

  it('keeps every month of a past year once the book began', () => {
    expect(shownMonths(year({ '2026-01': 1 }), '2027-05-01')).toHaveLength(12);
  });
});
