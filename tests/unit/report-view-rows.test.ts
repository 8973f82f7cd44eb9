import { describe, expect, it } from 'vitest';
import {
  buildReport,
  categoryChartRows,
  changeOf,
  compareProfitAndLoss,
  dailySalesRows,
  monthChartRows,
  rollUpAccountMonths,
  rollUpAccountYears,
} from '../../src/domain/reports';
import { row } from '../support/domain/rollup-rows';

const categories = [
  'jual',
  'jasa',
  'lain',
  'stok',
  'listrik',
  'bunga',
  'prive',
  'a',
  'b',
  'c',
  'd',
  'e',
  'f',
].map((id) => ({ id, name: id.toUpperCase() }));
const totals = [
  row('2026-02-03', 'jual', 'pendapatan', 1_000_000),
  row('2026-02-03', 'jual', 'pendapatan', 500_000, 'qris'),
  row('2026-02-10', 'jasa', 'pendapatan', 200_000),
  row('2026-02-11', 'lain', 'pendapatan_lain', 50_000),
  row('2026-02-12', 'stok', 'hpp', 600_000),
  row('2026-03-01', 'listrik', 'beban', 100_000),
  row('2026-03-10', 'bunga', 'beban_lain', 30_000),
  row('2026-03-15', 'prive', 'prive', 400_000),
  row('2026-03-20', 'jual', 'pendapatan', 700_000),
];
const report = buildReport({
  from: '2026-02-01',
  to: '2026-03-31',
  totals,
  transfers: [],
  categories,
  accounts: [],
});

describe('rows the charts draw', () => {
  it('give each month its income, costs and net profit, income less costs being net profit', () => {
    expect(monthChartRows(report.months)).toEqual([
      { month: '2026-02', income: 1_750_000, costs: 600_000, netProfit: 1_150_000 },
      { month: '2026-03', income: 700_000, costs: 130_000, netProfit: 570_000 },
    ]);
  });

  it('put the largest categories of each side first and sum the rest into one bar', () => {
    expect(categoryChartRows(report.profitAndLoss.byCategory, 'income')).toEqual([
      { categoryId: 'jual', category: 'JUAL', kind: 'pendapatan', amount: 2_200_000 },
      { categoryId: 'jasa', category: 'JASA', kind: 'pendapatan', amount: 200_000 },
      { categoryId: 'lain', category: 'LAIN', kind: 'pendapatan_lain', amount: 50_000 },
    ]);
    const many = ['a', 'b', 'c', 'd', 'e', 'f', 'stok'].map((id, i) =>
      row('2026-02-05', id, 'beban', 1_000 * (i + 1)),
    );
    const lines = buildReport({
      from: '2026-02-01',
      to: '2026-02-28',
      totals: many,
      transfers: [],
      categories,
      accounts: [],
    });
    const costs = categoryChartRows(lines.profitAndLoss.byCategory, 'costs', 3);
    expect(costs.map((c) => [c.categoryId, c.amount])).toEqual([
      ['stok', 7_000],
      ['f', 6_000],
      ['e', 5_000],
      [null, 4_000 + 3_000 + 2_000 + 1_000],
    ]);
  });

  it('give every day of the month its sales, zero on quiet days', () => {
    const days = dailySalesRows(totals, '2026-02');
    expect(days).toHaveLength(28);
    expect(days[2]).toEqual({ date: '2026-02-03', day: 3, sales: 1_500_000 });
    expect(days[9]?.sales).toBe(200_000);
    expect(days[10]?.sales).toBe(0);
  });
});

describe('comparing with the previous period', () => {
  it('gives the change in Rupiah and as a share of the previous figure', () => {
    expect(changeOf(900_000, 800_000)).toEqual({
      current: 900_000,
      previous: 800_000,
      change: 100_000,
      ratio: 0.125,
    });
    expect(changeOf(-50_000, -100_000).ratio).toBe(0.5);
    expect(changeOf(10_000, 0)).toEqual({ current: 10_000, previous: 0, change: 10_000, ratio: null });
    const previous = buildReport({
      from: '2026-01-01',
      to: '2026-01-31',
      totals: [],
      transfers: [],
      categories,
      accounts: [],
    });
    expect(compareProfitAndLoss(report.profitAndLoss, previous.profitAndLoss).netProfit).toEqual(
      changeOf(1_720_000, 0),
    );
  });
});

describe('per-account rollups', () => {
  it('move each account by its entries and both sides of its transfers, per month and per year', () => {
    const moved = [
      {
        bookId: 'b',
        date: '2026-03-02',
        fromAccountId: 'kas',
        toAccountId: 'bri',
        amount: 250_000,
        count: 1,
      },
    ];
    const months = rollUpAccountMonths(totals, moved);
    expect(months.map((m) => [m.month, m.accountId, m.amount, m.count])).toEqual([
      ['2026-02', 'kas', 1_000_000 + 200_000 + 50_000 - 600_000, 4],
      ['2026-02', 'qris', 500_000, 1],
      ['2026-03', 'kas', -100_000 - 30_000 - 400_000 + 700_000 - 250_000, 5],
      ['2026-03', 'bri', 250_000, 1],
    ]);
    expect(rollUpAccountYears(totals, moved).map((y) => [y.year, y.accountId, y.amount])).toEqual([
      ['2026', 'kas', 570_000],
      ['2026', 'qris', 500_000],
      ['2026', 'bri', 250_000],
    ]);
  });
});
