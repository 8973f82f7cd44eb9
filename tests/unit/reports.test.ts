import { describe, expect, it } from 'vitest';
import {
  buildCashFlow,
  buildMonths,
  buildProfitAndLoss,
  buildReport,
  sumByKind,
} from '../../src/domain/reports';
import { move, row } from '../support/domain/rollup-rows';

const categories = [
  { id: 'jual', name: 'Penjualan' },
  { id: 'jasa', name: 'Jasa' },
  { id: 'stok', name: 'Belanja stok' },
  { id: 'listrik', name: 'Listrik' },
  { id: 'gaji', name: 'Gaji' },
  { id: 'bunga', name: 'Bunga pinjaman' },
  { id: 'modal', name: 'Setoran modal' },
  { id: 'prive', name: 'Prive' },
  { id: 'alat', name: 'Beli peralatan' },
];
const accounts = [
  { id: 'kas', name: 'Kas' },
  { id: 'bri', name: 'BRI' },
];

describe('profit and loss', () => {
  it('keeps capital, drawings and equipment out of profit', () => {
    const pl = buildProfitAndLoss(
      [
        row('2026-03-01', 'modal', 'modal', 5_000_000),
        row('2026-03-01', 'jual', 'pendapatan', 900_000),
        row('2026-03-02', 'jual', 'pendapatan', 100_000, 'bri'),
        row('2026-03-02', 'jasa', 'pendapatan', 300_000),
        row('2026-03-02', 'stok', 'hpp', 600_000),
        row('2026-03-03', 'listrik', 'beban', 50_000),
        row('2026-03-03', 'gaji', 'beban', 200_000),
        row('2026-03-03', 'bunga', 'beban_lain', 25_000),
        row('2026-03-04', 'prive', 'prive', 150_000),
        row('2026-03-04', 'alat', 'beli_aset', 1_000_000),
      ],
      categories,
    );
    expect(pl).toEqual({
      revenue: 1_300_000,
      cogs: 600_000,
      grossProfit: 700_000,
      operatingExpenses: 250_000,
      operatingProfit: 450_000,
      otherIncome: 0,
      otherExpenses: 25_000,
      netProfit: 425_000,
      byCategory: [
        { kind: 'pendapatan', categoryId: 'jual', category: 'Penjualan', amount: 1_000_000 },
        { kind: 'pendapatan', categoryId: 'jasa', category: 'Jasa', amount: 300_000 },
        { kind: 'hpp', categoryId: 'stok', category: 'Belanja stok', amount: 600_000 },
        { kind: 'beban', categoryId: 'gaji', category: 'Gaji', amount: 200_000 },
        { kind: 'beban', categoryId: 'listrik', category: 'Listrik', amount: 50_000 },
        { kind: 'beban_lain', categoryId: 'bunga', category: 'Bunga pinjaman', amount: 25_000 },
      ],
    });
  });

  it('sums every kind, zero for kinds not used', () => {
    expect(
      sumByKind([row('2026-03-01', 'jual', 'pendapatan', 5), row('2026-03-02', 'jual', 'pendapatan', 7)]),
    ).toEqual({
      pendapatan: 12,
      pendapatan_lain: 0,
      hpp: 0,
      beban: 0,
      beban_lain: 0,
      modal: 0,
      prive: 0,
      pinjaman_masuk: 0,
      angsuran_pokok: 0,
      beli_aset: 0,
      jual_aset: 0,
    });
  });

  it('refuses totals beyond safe integers instead of rounding them', () => {
    const big = Number.MAX_SAFE_INTEGER - 1;
    expect(() =>
      sumByKind([row('2026-03-01', 'jual', 'pendapatan', big), row('2026-03-02', 'jual', 'pendapatan', big)]),
    ).toThrow(RangeError);
  });
});

describe('cash flow', () => {
  it('counts transfers on both accounts and nowhere in the totals', () => {
    const flow = buildCashFlow({
      before: [row('2026-02-01', 'modal', 'modal', 1_000_000)],
      period: [
        row('2026-03-01', 'jual', 'pendapatan', 400_000),
        row('2026-03-05', 'alat', 'beli_aset', 300_000, 'bri'),
      ],
      transfersBefore: [move('2026-02-02', 'kas', 'bri', 600_000)],
      transfersPeriod: [move('2026-03-02', 'kas', 'bri', 100_000), move('2026-03-03', 'bri', 'qris', 50_000)],
      accounts,
    });
    expect(flow).toEqual({
      openingBalance: 1_000_000,
      operating: 400_000,
      investing: -300_000,
      financing: 0,
      closingBalance: 1_100_000,
      accounts: [
        { accountId: 'kas', name: 'Kas', balance: 700_000 },
        { accountId: 'bri', name: 'BRI', balance: 350_000 },
        { accountId: 'qris', name: 'qris', balance: 50_000 }, // not in the list: kept, named by id
      ],
    });
  });
});

describe('months', () => {
  it('run the closing balance on from the opening balance, transfers excluded', () => {
    const months = buildMonths({
      from: '2026-01-15',
      to: '2026-03-10',
      openingBalance: 1_000,
      totals: [
        row('2026-01-14', 'jual', 'pendapatan', 999), // before the range
        row('2026-01-20', 'jual', 'pendapatan', 500),
        row('2026-01-31', 'prive', 'prive', 200),
        row('2026-03-10', 'stok', 'hpp', 100),
        row('2026-03-11', 'stok', 'hpp', 999), // after it
      ],
    });
    expect(
      months.map((m) => [m.month, m.revenue, m.netProfit, m.cashIn, m.cashOut, m.closingBalance, m.prive]),
    ).toEqual([
      ['2026-01', 500, 500, 500, 200, 1_300, 200],
      ['2026-02', 0, 0, 0, 0, 1_300, 0],
      ['2026-03', 0, -100, 0, 100, 1_200, 0],
    ]);
  });
});

describe('buildReport', () => {
  it('makes the opening balance from rows before the period and ignores rows after it', () => {
    const report = buildReport({
      from: '2026-03-01',
      to: '2026-03-31',
      totals: [
        row('2026-02-28', 'jual', 'pendapatan', 1_000),
        row('2026-03-31', 'jual', 'pendapatan', 10),
        row('2026-04-01', 'jual', 'pendapatan', 99_999),
      ],
      transfers: [move('2026-02-28', 'kas', 'bri', 400), move('2026-04-01', 'kas', 'bri', 5)],
      categories,
      accounts,
    });
    expect(report.cashFlow).toMatchObject({ openingBalance: 1_000, closingBalance: 1_010 });
    expect(report.cashFlow.accounts.map((a) => a.balance)).toEqual([610, 400]);
    expect(report.counts).toEqual({ entries: 1, transfers: 0 });
    expect(report.months).toHaveLength(1);
  });

  it('refuses a period that ends before it starts', () => {
    expect(() =>
      buildReport({ from: '2026-03-02', to: '2026-03-01', totals: [], transfers: [], categories, accounts }),
    ).toThrow(RangeError);
  });
});
