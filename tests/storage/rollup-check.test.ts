import { describe, expect, it } from 'vitest';
import {
  addEntry,
  addTransfer,
  checkRollups,
  dailyTotalsInRange,
  LumbungDb,
  rebuildRollups,
} from '../../src/storage';
import { deposit, freshDb, makeBook, sale, unwrap } from '../support/storage/db';

describe('checkRollups and rebuildRollups', () => {
  it('finds damaged rollups and rebuilds them from the entries', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    unwrap(await addEntry(db, t.book.id, sale(t)));
    unwrap(await addEntry(db, t.book.id, sale(t, { date: '2026-03-03' })));
    unwrap(await addTransfer(db, t.book.id, deposit(t)));
    const good = await dailyTotalsInRange(db, t.book.id, '2026-03-01', '2026-03-31');
    const [first, second] = good;
    if (!first || !second) throw new Error('no rollups');
    await db.dailyTotals.put({ ...first, amount: 1 });
    await db.dailyTotals.delete([second.bookId, second.date, second.categoryId, second.accountId]);
    await db.dailyTransferTotals.clear();

    const mismatches = await checkRollups(db, t.book.id);
    expect(mismatches.map((m) => [m.table, m.stored?.amount ?? null, m.expected?.amount ?? null])).toEqual([
      ['dailyTotals', 1, 25_000],
      ['dailyTotals', null, 25_000],
      ['dailyTransferTotals', null, 100_000],
    ]);
    expect(await rebuildRollups(db, t.book.id)).toEqual({ daily: 2, transfers: 1 });
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    expect(await dailyTotalsInRange(db, t.book.id, '2026-03-01', '2026-03-31')).toEqual(good);
  });

  it("rebuilds one book without touching another's rollups", async () => {
    const db = freshDb();
    const a = await makeBook(db);
    const b = await makeBook(db);
    unwrap(await addEntry(db, a.book.id, sale(a)));
    unwrap(await addEntry(db, b.book.id, sale(b, { amount: 9_000 })));
    await rebuildRollups(db, a.book.id);
    expect((await db.dailyTotals.toArray()).map((r) => [r.bookId, r.amount]).sort()).toEqual(
      [
        [a.book.id, 25_000],
        [b.book.id, 9_000],
      ].sort(),
    );
  });

  it('keeps a rebuilt day right through the next sale, even one saved with a damaged row before', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 10_000 })));
    const [row] = await dailyTotalsInRange(db, t.book.id, '2026-03-02', '2026-03-02');
    if (!row) throw new Error('no rollup');
    await db.dailyTotals.put({ ...row, amount: 1 });

    // Another tab reads the damaged row in its first sale, then rebuilds and sells again.
    const other = new LumbungDb(db.name);
    unwrap(await addEntry(other, t.book.id, sale(t, { amount: 20_000 })));
    await rebuildRollups(other, t.book.id);
    unwrap(await addEntry(other, t.book.id, sale(t, { amount: 40_000 })));

    expect(await checkRollups(db, t.book.id)).toEqual([]);
    const [day] = await dailyTotalsInRange(db, t.book.id, '2026-03-02', '2026-03-02');
    expect(day).toMatchObject({ amount: 70_000, count: 3 });
    other.close();
  });
});
