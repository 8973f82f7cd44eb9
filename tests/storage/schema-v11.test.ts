import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/domain/reports';
import {
  addEntry,
  categoryUsage,
  checkRollups,
  homeSummary,
  LATEST_SCHEMA_VERSION,
  type LumbungDb,
  openLumbungDb,
  rebuildRollups,
  reportInput,
  SCHEMA_VERSIONS,
  voidEntry,
} from '../../src/storage';
import { stockHomeFacts } from '../../src/storage/lazy';
import { expense, freshDb, freshName, makeBook, sale, unwrap, type TestBook } from '../support/storage/db';
import { atOlderVersion } from '../support/storage/older-db';

const BEFORE_YEAR_ROWS_ALONE = SCHEMA_VERSIONS.filter((v) => v.version < 11);

/** What the member sees of a book: a year's report, home on a day, the pickers' usage, the first purchase. */
async function figures(db: LumbungDb, t: TestBook, today: string) {
  const input = await reportInput(db, t.book.id, '2026-01-01', '2026-12-31');
  return {
    report: buildReport({ from: '2026-01-01', to: '2026-12-31', ...input }),
    home: await homeSummary(db, t.book.id, today),
    usage: [...(await categoryUsage(db, t.book.id))].sort(),
    firstPurchase: (await stockHomeFacts(db, t.book.id)).firstPurchase,
  };
}

/** Two years of sales, costs and purchases of stock, one voided. */
async function fillBook(db: LumbungDb): Promise<TestBook> {
  const t = await makeBook(db);
  const stock = t.category('Belanja stok/bahan').id;
  unwrap(await addEntry(db, t.book.id, sale(t, { date: '2025-11-30', amount: 40_000 })));
  unwrap(await addEntry(db, t.book.id, expense(t, { date: '2025-12-03', categoryId: stock, amount: 9_000 })));
  unwrap(await addEntry(db, t.book.id, sale(t, { date: '2026-03-02' })));
  const power = unwrap(await addEntry(db, t.book.id, expense(t, { date: '2026-03-05' })));
  unwrap(await voidEntry(db, power.id, 'salah catat'));
  unwrap(await addEntry(db, t.book.id, expense(t, { date: '2026-03-06', amount: 7_000 })));
  unwrap(await addEntry(db, t.book.id, sale(t, { date: '2026-03-06', accountId: t.account('BRI').id })));
  return t;
}

describe('schema version 11 (an entry’s months kept in its year row alone)', () => {
  it('opens a book of version 10 with its monthly rows gone and every figure as it was, kept on new saves', async () => {
    const name = freshName();
    // The figures the records made, read where today's pipeline wrote them (the older schema lacks
    // tables today's readers use).
    const { old, value } = await atOlderVersion(name, BEFORE_YEAR_ROWS_ALONE, async (scratch) => {
      const book = await fillBook(scratch);
      return { t: book, before: await figures(scratch, book, '2026-03-06') };
    });
    const { t, before } = value;
    expect(await old.monthlyTotals.count()).toBe(5);
    old.close();

    const opened = await openLumbungDb(name);
    if (!opened.ok) throw opened.error;
    const db = opened.db;
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.monthlyTotals.count()).toBe(0);
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    const after = await figures(db, t, '2026-03-06');
    expect(after).toEqual(before);
    expect(after.home.month).toMatchObject({ moneyIn: 50_000, moneyOut: 7_000, netProfit: 43_000 });
    expect(after.firstPurchase).toBe('2025-12-03');
    expect(after.usage).toContainEqual([t.category('Penjualan').id, 3]);

    unwrap(await addEntry(db, t.book.id, sale(t, { date: '2026-03-06', amount: 5_000 })));
    expect((await figures(db, t, '2026-03-06')).home.month.moneyIn).toBe(55_000);
    expect(await db.monthlyTotals.count()).toBe(0);
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    db.close();
  });

  it('reports a monthly row left behind as a mismatch, and a rebuild drops it', async () => {
    const db = freshDb();
    const t = await fillBook(db);
    const leftover = {
      bookId: t.book.id,
      month: '2026-03',
      categoryId: t.category('Penjualan').id,
      accountId: t.kas.id,
      kind: 'pendapatan' as const,
      amount: 25_000,
      count: 1,
    };
    await db.monthlyTotals.add(leftover);
    const found = await checkRollups(db, t.book.id);
    expect(found).toEqual([
      expect.objectContaining({
        table: 'monthlyTotals',
        stored: { amount: 25_000, count: 1, kind: 'pendapatan' },
      }),
    ]);
    expect(found[0]?.expected).toBeNull();
    await rebuildRollups(db, t.book.id);
    expect(await db.monthlyTotals.count()).toBe(0);
    expect(await checkRollups(db, t.book.id)).toEqual([]);
  });
});
