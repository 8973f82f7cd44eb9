import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/domain/reports';
import { yearCells } from '../../src/domain/reports/year-cells';
import {
  addEntry,
  addTransfer,
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
import type { CellListYearRow } from '../../src/storage/upgrade-v13';
import { deposit, expense, freshName, makeBook, sale, unwrap, type TestBook } from '../support/storage/db';
import { atOlderVersion } from '../support/storage/older-db';

const BEFORE_PACKED_YEARS = SCHEMA_VERSIONS.filter((v) => v.version < 13);

/** What the member sees of a book: two years' reports, home on a day, the pickers' usage, the first purchase. */
async function figures(db: LumbungDb, t: TestBook, today: string) {
  const report = async (year: string) =>
    buildReport({
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      ...(await reportInput(db, t.book.id, `${year}-01-01`, `${year}-12-31`)),
    });
  return {
    reports: [await report('2025'), await report('2026')],
    home: await homeSummary(db, t.book.id, today),
    usage: [...(await categoryUsage(db, t.book.id))].sort(),
    firstPurchase: (await stockHomeFacts(db, t.book.id)).firstPurchase,
  };
}

/** Two years of sales, costs, purchases of stock and a transfer, one entry voided. */
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
  unwrap(await addTransfer(db, t.book.id, deposit(t, { date: '2026-03-06', amount: 20_000 })));
  return t;
}

describe('schema version 13 (a year row’s cells packed in typed arrays)', () => {
  it('opens a book whose year rows hold lists of cells with the same cells packed and every figure as it was', async () => {
    const name = freshName();
    const { old, value } = await atOlderVersion(name, BEFORE_PACKED_YEARS, async (db) => {
      const t = await fillBook(db);
      return { t, before: await figures(db, t, '2026-03-06') };
    });
    const { t, before } = value;
    // As versions 9 to 12 stored them: the cells as lists of objects.
    const listed = (await old.yearTotals.toArray()) as unknown as CellListYearRow[];
    expect(listed.map((row) => [row.year, row.count, Array.isArray(row.months)])).toEqual([
      ['2025', 2, true],
      ['2026', 4, true],
    ]);
    old.close();

    const opened = await openLumbungDb(name);
    if (!opened.ok) throw opened.error;
    const db = opened.db;
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const years = await db.yearTotals.toArray();
    expect(years.map((y) => [y.year, y.count, y.monthCells instanceof Int32Array])).toEqual([
      ['2025', 2, true],
      ['2026', 4, true],
    ]);
    expect(years.map((y) => yearCells(y))).toEqual(
      listed.map(({ months, transfers }) => ({ months, transfers })),
    );
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    const after = await figures(db, t, '2026-03-06');
    expect(after).toEqual(before);
    expect(after.home.month).toMatchObject({ moneyIn: 50_000, moneyOut: 7_000, netProfit: 43_000 });

    unwrap(await addEntry(db, t.book.id, sale(t, { date: '2026-03-06', amount: 5_000 })));
    expect((await figures(db, t, '2026-03-06')).home.month.moneyIn).toBe(55_000);
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    const saved = await figures(db, t, '2026-03-06');
    await rebuildRollups(db, t.book.id);
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    expect(await figures(db, t, '2026-03-06')).toEqual(saved);
    db.close();
  });
});
