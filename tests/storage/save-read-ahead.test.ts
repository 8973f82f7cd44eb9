import { describe, expect, it } from 'vitest';
import {
  addEntry,
  checkRollups,
  dailyTotalsInRange,
  LumbungDb,
  renameCategory,
  verifyBookChain,
  voidEntry,
} from '../../src/storage';
import { freshDb, makeBook, sale, unwrap } from './helpers';

describe('addEntry reads its rollup rows ahead of the write', () => {
  it('starts over instead of overwriting a rollup row that changed between the read and the write', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 10_000 })));
    const [row] = await dailyTotalsInRange(db, t.book.id, '2026-03-02', '2026-03-02');
    if (!row) throw new Error('no rollup row');

    // Just before the save's write transaction opens, something else (a repair in another tab,
    // say) changes the day's row without touching the chain. The save must notice and start over.
    const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
    let writes = 0;
    (db as unknown as { transaction: (...args: unknown[]) => Promise<unknown> }).transaction = async (
      ...args: unknown[]
    ) => {
      if (args[0] === 'rw' && ++writes === 1) await db.dailyTotals.put({ ...row, amount: row.amount + 7 });
      return transaction(...args);
    };
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 25_000 })));

    expect(writes).toBe(2);
    const [after] = await dailyTotalsInRange(db, t.book.id, '2026-03-02', '2026-03-02');
    expect(after).toMatchObject({ amount: 10_000 + 7 + 25_000, count: 2 });
  });
});

describe('addEntry after other writes, in this tab and in another', () => {
  it('stays exact when another tab saves in between, or a category is renamed, or an entry voided', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const other = new LumbungDb(db.name);
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 1_000 })));
    unwrap(await addEntry(other, t.book.id, sale(t, { amount: 2_000 })));
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 4_000 })));
    unwrap(await renameCategory(db, t.category('Penjualan').id, 'Jualan'));
    const last = unwrap(await addEntry(db, t.book.id, sale(t, { amount: 8_000 })));
    unwrap(await voidEntry(other, last.id, 'salah'));
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 16_000 })));

    expect(await checkRollups(db, t.book.id)).toEqual([]);
    expect(await verifyBookChain(db, t.book.id)).toEqual([]);
    const [day] = await dailyTotalsInRange(db, t.book.id, '2026-03-02', '2026-03-02');
    expect(day).toMatchObject({ amount: 1_000 + 2_000 + 4_000 + 16_000, count: 4 });
    other.close();
  });
});
