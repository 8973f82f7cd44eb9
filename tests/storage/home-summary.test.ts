import { describe, expect, it } from 'vitest';
import {
  addAccount,
  addEntry,
  addTransfer,
  homeSummary,
  setAccountHidden,
  voidEntry,
} from '../../src/storage';
import { deposit, expense, freshDb, makeBook, sale, unwrap } from '../support/storage/db';

describe('homeSummary', () => {
  it("shows today's and this month's figures from the rollups, profit by the cash-basis arithmetic", async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const today = '2026-03-15';
    const add = async (fields: Parameters<typeof sale>[1], out = false) =>
      unwrap(await addEntry(db, t.book.id, out ? expense(t, fields) : sale(t, fields)));
    await add({ date: '2026-02-28', amount: 5_000_000, categoryId: t.category('Setoran modal').id });
    await add({ date: today, amount: 300_000 });
    await add({
      date: today,
      amount: 40_000,
      categoryId: t.category('Pendapatan lain').id,
      accountId: t.account('BRI').id,
    });
    await add({ date: today, amount: 120_000, categoryId: t.category('Belanja stok/bahan').id }, true);
    await add({ date: today, amount: 200_000, categoryId: t.category('Prive').id }, true);
    await add({ date: today, amount: 1_000_000, categoryId: t.category('Terima pinjaman').id });
    await add({ date: '2026-03-01', amount: 50_000, categoryId: t.category('Listrik').id }, true);
    await add({ date: '2026-03-02', amount: 750_000, categoryId: t.category('Beli peralatan').id }, true);
    await add({ date: '2026-03-20', amount: 999_000 });
    const voided = await add({ date: today, amount: 123_000 });
    unwrap(await voidEntry(db, voided.id, 'dobel'));
    unwrap(await addTransfer(db, t.book.id, deposit(t, { date: '2026-03-14', amount: 1_500_000 })));

    const summary = await homeSummary(db, t.book.id, today);
    expect(summary.today).toEqual({
      moneyIn: 300_000 + 40_000 + 1_000_000,
      moneyOut: 120_000 + 200_000,
      // The loan received and the drawings move cash but are neither income nor cost.
      income: 300_000 + 40_000,
      costs: 120_000,
      netProfit: 300_000 + 40_000 - 120_000,
      count: 5,
    });
    expect(summary.month).toEqual({
      moneyIn: 1_340_000,
      moneyOut: 320_000 + 50_000 + 750_000,
      income: 340_000,
      costs: 120_000 + 50_000,
      netProfit: 300_000 + 40_000 - 120_000 - 50_000,
    });
    const kas = 5_000_000 + 300_000 - 120_000 - 200_000 + 1_000_000 - 50_000 - 750_000 - 1_500_000;
    expect(summary.balances).toEqual([
      { accountId: t.kas.id, name: 'Kas', balance: kas },
      { accountId: t.account('BRI').id, name: 'BRI', balance: 40_000 + 1_500_000 },
    ]);
    expect(summary.total).toBe(kas + 1_540_000);
  });

  it('leaves out of the balances what is dated after today, later this year or next', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const add = async (date: string, amount: number, accountId = t.kas.id) =>
      unwrap(await addEntry(db, t.book.id, sale(t, { date, amount, accountId })));
    await add('2025-11-30', 700_000);
    await add('2026-01-10', 50_000, t.account('BRI').id);
    await add('2026-03-15', 10_000);
    await add('2026-03-16', 1_000);
    await add('2026-05-02', 200_000, t.account('BRI').id);
    await add('2026-12-31', 30_000);
    await add('2027-01-05', 4_000);

    const summary = await homeSummary(db, t.book.id, '2026-03-15');
    expect(summary.balances).toEqual([
      { accountId: t.kas.id, name: 'Kas', balance: 710_000 },
      { accountId: t.account('BRI').id, name: 'BRI', balance: 50_000 },
    ]);
    expect(summary.month.moneyIn).toBe(10_000);
    // In December no month of the year is left after today's: the year's row less the later days.
    const december = await homeSummary(db, t.book.id, '2026-12-30');
    expect(december.total).toBe(700_000 + 50_000 + 10_000 + 1_000 + 200_000);
  });

  it('lists hidden accounts only while money sits in them', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const dana = unwrap(await addAccount(db, t.book.id, { name: 'DANA', type: 'ewallet' }));
    const ovo = unwrap(await addAccount(db, t.book.id, { name: 'OVO', type: 'ewallet' }));
    unwrap(await addEntry(db, t.book.id, sale(t, { accountId: dana.id })));
    unwrap(await setAccountHidden(db, dana.id, true));
    unwrap(await setAccountHidden(db, ovo.id, true));
    const summary = await homeSummary(db, t.book.id, '2026-03-31');
    expect(summary.balances.map((b) => [b.name, b.balance])).toEqual([
      ['Kas', 0],
      ['BRI', 0],
      ['DANA', 25_000],
    ]);
    expect(summary.today).toEqual({ moneyIn: 0, moneyOut: 0, income: 0, costs: 0, netProfit: 0, count: 0 });
  });
});
