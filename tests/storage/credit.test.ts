import { describe, expect, it } from 'vitest';
import {
  addContact,
  addEntry,
  addSettlement,
  addStockCount,
  addOpeningItem,
  checkCreditRollups,
  checkRollups,
  contactPage,
  creditOverview,
  homeSummary,
  positionAt,
  reportRows,
  voidEntry,
  voidSettlement,
} from '../../src/storage';
import { buildReport } from '../../src/domain/reports/report';
import { positionDifference } from '../../src/domain/reports/position';
import { codes, freshDb, makeBook, sale, unwrap, type TestBook } from '../support/storage/db';
import type { LumbungDb } from '../../src/storage';

async function withCustomer(db: LumbungDb, t: TestBook) {
  return unwrap(
    await addContact(db, t.book.id, { name: 'Bu Sari', whatsapp: '0812 3456 7890', role: 'customer' }),
  );
}

describe('debts in storage', () => {
  it('keeps a credit sale owed until collected, and refuses a collection above what is owed', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const sari = await withCustomer(db, t);
    expect(sari.whatsapp).toBe('+6281234567890');
    unwrap(
      await addEntry(
        db,
        t.book.id,
        sale(t, { amount: 50_000, paid: 10_000, contactId: sari.id, dueDate: '2026-03-09' }),
      ),
    );
    const collect = { type: 'collect' as const, contactId: sari.id, accountId: t.kas.id, note: '' };
    const tooMuch = await addSettlement(db, t.book.id, { ...collect, date: '2026-03-05', amount: 45_000 });
    expect(codes(tooMuch)).toEqual(['credit.overdrawn']);
    if (!tooMuch.ok) expect(tooMuch.errors[0]?.params).toMatchObject({ contact: 'Bu Sari', owed: 40_000 });
    // Before the sale nothing was owed.
    expect(codes(await addSettlement(db, t.book.id, { ...collect, date: '2026-03-01', amount: 1 }))).toEqual([
      'credit.overdrawn',
    ]);
    const paid = unwrap(
      await addSettlement(db, t.book.id, { ...collect, date: '2026-03-05', amount: 15_000 }),
    );

    const page = await contactPage(db, t.book.id, sari.id, '2026-03-20');
    expect(page?.receivable.total).toBe(25_000);
    expect(page?.receivable.aging.days1to30).toBe(25_000);
    expect(page?.records.map((r) => r.type)).toEqual(['settlement', 'entry']);
    const overview = await creditOverview(db, t.book.id, '2026-03-20');
    expect(overview.receivable).toMatchObject({ total: 25_000, overdue: 25_000, contacts: 1 });
    expect((await creditOverview(db, t.book.id, '2026-03-06')).receivable.overdue).toBe(0);

    // Cash holds what was paid now and what was collected, not the sale's full amount.
    const home = await homeSummary(db, t.book.id, '2026-03-20');
    expect(home.balances.find((a) => a.accountId === t.kas.id)?.balance).toBe(25_000);

    // The sale cannot be voided while a collection rests on it; the collection can.
    const entry = page?.records.find((r) => r.type === 'entry')?.record;
    expect(codes(await voidEntry(db, entry?.id ?? '', 'salah'))).toEqual(['credit.overdrawn']);
    unwrap(await voidSettlement(db, paid.id, 'salah catat'));
    unwrap(await voidEntry(db, entry?.id ?? '', 'salah'));
    expect((await creditOverview(db, t.book.id, '2026-03-20')).receivable.total).toBe(0);
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    expect(await checkCreditRollups(db, t.book.id)).toEqual([]);
  });

  it('balances the position and counts HPP from stock counts', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const sari = await withCustomer(db, t);
    const supplier = unwrap(
      await addContact(db, t.book.id, { name: 'Toko Jaya', whatsapp: '', role: 'supplier' }),
    );
    unwrap(
      await addStockCount(db, t.book.id, { date: '2026-03-01', value: 200_000, note: '', opening: true }),
    );
    unwrap(
      await addOpeningItem(db, t.book.id, {
        date: '2026-03-01',
        side: 'receivable',
        contactId: sari.id,
        amount: 30_000,
        note: '',
      }),
    );
    const modal = t.category('Setoran modal').id;
    unwrap(
      await addEntry(db, t.book.id, sale(t, { date: '2026-03-01', amount: 100_000, categoryId: modal })),
    );
    const buy = t.category('Belanja stok/bahan').id;
    unwrap(
      await addEntry(
        db,
        t.book.id,
        sale(t, { direction: 'out', amount: 80_000, paid: 20_000, categoryId: buy, contactId: supplier.id }),
      ),
    );
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 90_000, paid: 0, contactId: sari.id })));
    expect(
      codes(await addStockCount(db, t.book.id, { date: '2026-02-27', value: 1, note: '', opening: false })),
    ).toEqual(['stock.beforeOpening']);
    unwrap(
      await addStockCount(db, t.book.id, { date: '2026-03-31', value: 230_000, note: '', opening: false }),
    );

    const p = await positionAt(db, t.book.id, '2026-03-31');
    expect(p).toMatchObject({ cash: 80_000, receivables: 120_000, inventory: 230_000, payables: 60_000 });
    expect(p.paidInCapital).toBe(330_000);
    expect(p.retainedEarnings).toBe(40_000);
    expect(positionDifference(p)).toBe(0);

    const rows = await reportRows(db, t.book.id, '2026-03-01', '2026-03-31');
    const report = buildReport({
      from: '2026-03-01',
      to: '2026-03-31',
      ...rows,
      categories: [],
      accounts: [],
    });
    expect(report.inventory).toEqual({
      purchases: 80_000,
      openingInventory: 200_000,
      closingInventory: 230_000,
    });
    expect(report.profitAndLoss.cogs).toBe(50_000);
    expect(report.profitAndLoss.netProfit).toBe(40_000);
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    expect(await checkCreditRollups(db, t.book.id)).toEqual([]);
  });
});
