import { describe, expect, it } from 'vitest';
import { addEntryChange } from '../../src/domain/changes/entry';
import { addEntry, entriesPage, homeSummary } from '../../src/storage';
import { commitChange } from '../../src/storage/commit';
import { dumpTables, freshDb, makeBook, sale, unwrap } from '../support/storage/db';

describe('a commit whose row is already stored', () => {
  it('writes nothing of the change and fails as a clash', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const entry = unwrap(await addEntry(db, t.book.id, sale(t, { amount: 40_000 })));
    const before = await dumpTables(db);
    // The same sale again, as a second copy of it would arrive: its id is taken, the rest is new.
    const basis = { book: t.book, category: t.category('Penjualan'), account: t.kas };
    const planned = addEntryChange(entry, basis);
    if (!planned.ok || !planned.value.change) throw new Error('the sale plans a change');
    await expect(commitChange(db, planned.value.change)).rejects.toMatchObject({ name: 'BulkError' });
    expect(await dumpTables(db)).toEqual(before);
    // The book goes on as it was: the next sale is counted once, beside the first.
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 5_000 })));
    const page = await entriesPage(db, t.book.id, { from: '2026-03-01', to: '2026-03-31' }, { limit: 10 });
    expect(page.entries.map((e) => e.amount).sort((a, b) => a - b)).toEqual([5_000, 40_000]);
    expect((await homeSummary(db, t.book.id, '2026-03-02')).today.moneyIn).toBe(45_000);
  });
});
