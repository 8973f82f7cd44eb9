import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/domain/dates';
import type { CategoryKind } from '../../src/domain/kinds';
import { CATEGORY_KINDS } from '../../src/domain/kinds';
import { rollUp } from '../../src/domain/daily-rollups';
import type { Entry, Transfer } from '../../src/domain/model';
import { buildReport } from '../../src/domain/reports';

// The reference: the arithmetic of docs/domain.md#profit-and-loss over raw entries, without any rollup.
const MONEY_IN = new Set(['pendapatan', 'pendapatan_lain', 'modal', 'pinjaman_masuk', 'jual_aset']);
const signed = (kind: string, amount: number) => (MONEY_IN.has(kind) ? amount : -amount);

function scan(
  entries: Entry[],
  transfers: Transfer[],
  kindOf: (id: string) => string,
  accountIds: string[],
  from: string,
  to: string,
) {
  const live = entries.filter((e) => !e.voided);
  const sum = (kind: string, a: string, b: string) =>
    live
      .filter((e) => kindOf(e.categoryId) === kind && e.date >= a && e.date <= b)
      .reduce((s, e) => s + e.amount, 0);
  const pl = (a: string, b: string) => {
    const R = sum('pendapatan', a, b);
    const C = sum('hpp', a, b);
    const E = sum('beban', a, b);
    const OI = sum('pendapatan_lain', a, b);
    const OE = sum('beban_lain', a, b);
    return {
      revenue: R,
      cogs: C,
      grossProfit: R - C,
      operatingExpenses: E,
      operatingProfit: R - C - E,
      otherIncome: OI,
      otherExpenses: OE,
      netProfit: R - C - E + OI - OE,
    };
  };
  const B0 = live
    .filter((e) => e.date < from)
    .reduce((s, e) => s + signed(kindOf(e.categoryId), e.amount), 0);
  const p = pl(from, to);
  const CO = p.revenue + p.otherIncome - p.cogs - p.operatingExpenses - p.otherExpenses;
  const CI = sum('jual_aset', from, to) - sum('beli_aset', from, to);
  const CF =
    sum('modal', from, to) +
    sum('pinjaman_masuk', from, to) -
    sum('prive', from, to) -
    sum('angsuran_pokok', from, to);
  const balances = accountIds.map((id) => {
    let balance = 0;
    for (const e of live)
      if (e.accountId === id && e.date <= to) balance += signed(kindOf(e.categoryId), e.amount);
    for (const t of transfers) {
      if (t.voided || t.date > to) continue;
      if (t.fromAccountId === id) balance -= t.amount;
      if (t.toAccountId === id) balance += t.amount;
    }
    return balance;
  });
  const months = [];
  let closing = B0;
  for (let m = from.slice(0, 7); m <= to.slice(0, 7);) {
    const a = `${m}-01` < from ? from : `${m}-01`;
    const b = `${m}-31` > to ? to : `${m}-31`; // string order: every real day of m sorts before "m-31"+
    const cashIn = live
      .filter((e) => e.date >= a && e.date <= b && MONEY_IN.has(kindOf(e.categoryId)))
      .reduce((s, e) => s + e.amount, 0);
    const cashOut = live
      .filter((e) => e.date >= a && e.date <= b && !MONEY_IN.has(kindOf(e.categoryId)))
      .reduce((s, e) => s + e.amount, 0);
    closing += cashIn - cashOut;
    months.push({ month: m, ...pl(a, b), cashIn, cashOut, closingBalance: closing });
    const [y, mo] = m.split('-').map(Number) as [number, number];
    m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  }
  const byKind = Object.fromEntries(CATEGORY_KINDS.map((k) => [k, sum(k, from, to)]));
  return {
    profitAndLoss: p,
    cashFlow: {
      openingBalance: B0,
      operating: CO,
      investing: CI,
      financing: CF,
      closingBalance: B0 + CO + CI + CF,
    },
    balances,
    months,
    byKind,
  };
}

const START = toDayNumber('2025-11-20');
const END = toDayNumber('2026-04-10');
const day = fc.integer({ min: START, max: END }).map(fromDayNumber);

const book = fc
  .record({
    kinds: fc.array(fc.constantFrom(...CATEGORY_KINDS), { minLength: 1, maxLength: 8 }),
    accountCount: fc.integer({ min: 2, max: 4 }),
  })
  .chain(({ kinds, accountCount }) =>
    fc.record({
      kinds: fc.constant(kinds),
      accountCount: fc.constant(accountCount),
      entries: fc.array(
        fc.record({
          date: day,
          category: fc.nat({ max: kinds.length - 1 }),
          account: fc.nat({ max: accountCount - 1 }),
          amount: fc.integer({ min: 1, max: 10_000_000_000 }),
          voided: fc.nat({ max: 3 }).map((n) => n === 0),
        }),
        { maxLength: 120 },
      ),
      transfers: fc.array(
        fc.record({
          date: day,
          from: fc.nat({ max: accountCount - 1 }),
          step: fc.integer({ min: 1, max: accountCount - 1 }),
          amount: fc.integer({ min: 1, max: 10_000_000_000 }),
          voided: fc.boolean(),
        }),
        { maxLength: 30 },
      ),
      period: fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
    }),
  );

describe('buildReport over daily rollups', () => {
  it('equals a direct scan of the entries by the cash-basis arithmetic', () => {
    fc.assert(
      fc.property(book, ({ kinds, accountCount, entries: drafts, transfers: moves, period }) => {
        const at = '2026-05-01T00:00:00.000Z';
        const accountIds = Array.from({ length: accountCount }, (_, i) => `acc-${i}`);
        const kindOf = (id: string): CategoryKind => kinds[Number(id.slice(4))] ?? 'pendapatan';
        const entries: Entry[] = drafts.map((d, i) => ({
          id: `e-${i}`,
          bookId: 'b',
          date: d.date,
          direction: MONEY_IN.has(kinds[d.category] ?? '') ? 'in' : 'out',
          amount: d.amount,
          categoryId: `cat-${d.category}`,
          accountId: `acc-${d.account}`,
          note: '',
          counterparty: '',
          recordedAt: at,
          updatedAt: at,
          source: 'app',
          voided: d.voided,
        }));
        const transfers: Transfer[] = moves.map((m, i) => ({
          id: `t-${i}`,
          bookId: 'b',
          date: m.date,
          amount: m.amount,
          fromAccountId: `acc-${m.from}`,
          toAccountId: `acc-${(m.from + m.step) % accountCount}`,
          note: '',
          recordedAt: at,
          updatedAt: at,
          source: 'app',
          voided: m.voided,
        }));
        const rolled = rollUp(entries, transfers, kindOf);
        const report = buildReport({
          ...period,
          totals: rolled.daily,
          transfers: rolled.transfers,
          categories: kinds.map((_, i) => ({ id: `cat-${i}`, name: `Kategori ${i}` })),
          accounts: accountIds.map((id) => ({ id, name: id })),
        });
        const want = scan(entries, transfers, kindOf, accountIds, period.from, period.to);

        const { byCategory, ...pl } = report.profitAndLoss;
        expect(pl).toEqual(want.profitAndLoss);
        const { accounts, ...cash } = report.cashFlow;
        expect(cash).toEqual(want.cashFlow);
        expect(accounts.map((a) => a.balance)).toEqual(want.balances);
        expect(want.balances.reduce((s, b) => s + b, 0)).toBe(cash.closingBalance);
        const months = report.months.map(
          ({ prive: _p, angsuranPokok: _a, purchases: _b, closingInventory: _s, ...m }) => m,
        );
        expect(months).toEqual(want.months);
        expect(report.byKind).toEqual(want.byKind);
        expect(byCategory.reduce((s, line) => s + line.amount, 0)).toBe(
          pl.revenue + pl.cogs + pl.operatingExpenses + pl.otherIncome + pl.otherExpenses,
        );
      }),
      { numRuns: 300 },
    );
  });
});
