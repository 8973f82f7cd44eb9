import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/domain/reports';
import { yearCells, type YearTotals } from '../../src/domain/reports/year-cells';
import {
  addEntry,
  addTransfer,
  checkRollups,
  dailyTotalsInRange,
  LATEST_SCHEMA_VERSION,
  listAccounts,
  listCategories,
  type LumbungDb,
  openLumbungDb,
  reportInput,
  SCHEMA_VERSIONS,
  transferTotalsInRange,
  voidEntry,
} from '../../src/storage';
import { deposit, expense, freshName, makeBook, sale, unwrap } from '../support/storage/db';
import { atOlderVersion } from '../support/storage/older-db';

const BEFORE_YEAR_ROWS = SCHEMA_VERSIONS.filter((v) => v.version < 9);

/** A year's report from every daily rollup (the path that needs no year rows). */
async function dailyReport(db: LumbungDb, bookId: string, year: string) {
  const [from, to] = [`${year}-01-01`, `${year}-12-31`];
  const [totals, transfers, categories, accounts] = await Promise.all([
    dailyTotalsInRange(db, bookId, '1900-01-01', to),
    transferTotalsInRange(db, bookId, '1900-01-01', to),
    listCategories(db, bookId),
    listAccounts(db, bookId),
  ]);
  return buildReport({ from, to, totals, transfers, categories, accounts });
}

describe('schema version 9 (a row per book and year)', () => {
  it('opens a book of version 8 with its years packed, the same reports, and keeps them on new saves', async () => {
    const name = freshName();
    const { old, value: t } = await atOlderVersion(name, BEFORE_YEAR_ROWS, async (db) => {
      const t = await makeBook(db);
      unwrap(await addEntry(db, t.book.id, sale(t, { date: '2025-12-31', amount: 40_000 })));
      unwrap(await addEntry(db, t.book.id, sale(t, { date: '2026-01-05' })));
      const power = unwrap(await addEntry(db, t.book.id, expense(t, { date: '2026-02-10' })));
      unwrap(await voidEntry(db, power.id, 'salah catat'));
      unwrap(await addEntry(db, t.book.id, expense(t, { date: '2026-02-11', amount: 7_000 })));
      unwrap(await addTransfer(db, t.book.id, deposit(t, { date: '2026-03-02', amount: 20_000 })));
      return t;
    });
    const before = {
      2025: await dailyReport(old, t.book.id, '2025'),
      2026: await dailyReport(old, t.book.id, '2026'),
    };
    expect(old.tables.map((table) => table.name)).not.toContain('yearTotals');
    old.close();

    const opened = await openLumbungDb(name);
    if (!opened.ok) throw opened.error;
    const db = opened.db;
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const years = await db.yearTotals.toArray();
    const cells = (y: YearTotals) => yearCells(y);
    expect(years.map((y) => [y.year, y.count, cells(y).months.length, cells(y).transfers.length])).toEqual([
      ['2025', 1, 1, 0],
      ['2026', 3, 2, 1],
    ]);
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    const report = async (year: string) => {
      const input = await reportInput(db, t.book.id, `${year}-01-01`, `${year}-12-31`);
      return buildReport({ from: `${year}-01-01`, to: `${year}-12-31`, ...input });
    };
    expect(await report('2025')).toEqual(before[2025]);
    expect(await report('2026')).toEqual(before[2026]);
    expect((await report('2026')).profitAndLoss).toMatchObject({ revenue: 25_000, netProfit: 18_000 });

    unwrap(await addEntry(db, t.book.id, sale(t, { date: '2026-02-20', amount: 5_000 })));
    expect((await report('2026')).profitAndLoss).toMatchObject({ revenue: 30_000, netProfit: 23_000 });
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    db.close();
  });
});
