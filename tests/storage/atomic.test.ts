import { describe, expect, it } from 'vitest';
import type { LumbungDb } from '../../src/storage';
import { addEntry, addTransfer, editEntry, importBatch, voidTransfer } from '../../src/storage';
import { deposit, dumpTables, freshDb, makeBook, sale, unwrap } from '../support/storage/db';

/** Makes every write to one table fail while `broken.on` is set, like a full disk would. */
function breakTable(db: LumbungDb, tableName: string): { on: boolean } {
  const broken = { on: false };
  db.use({
    stack: 'dbcore',
    name: `break-${tableName}`,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== tableName) return table;
        return {
          ...table,
          mutate: (req) => (broken.on ? Promise.reject(new Error('disk full')) : table.mutate(req)),
        };
      },
    }),
  });
  return broken;
}

describe('a write that fails part-way', () => {
  it.each(['dailyTotals', 'revisions'])(
    'leaves every table as it was when %s cannot be written',
    async (tableName) => {
      const db = freshDb();
      const broken = breakTable(db, tableName);
      const t = await makeBook(db);
      const entry = unwrap(await addEntry(db, t.book.id, sale(t)));
      const before = await dumpTables(db);
      broken.on = true;
      await expect(addEntry(db, t.book.id, sale(t, { amount: 7_000 }))).rejects.toThrow('disk full');
      await expect(editEntry(db, entry.id, sale(t, { date: '2026-03-09' }))).rejects.toThrow('disk full');
      expect(await dumpTables(db)).toEqual(before);
    },
  );

  it('leaves transfers and their totals as they were', async () => {
    const db = freshDb();
    const broken = breakTable(db, 'dailyTransferTotals');
    const t = await makeBook(db);
    const transfer = unwrap(await addTransfer(db, t.book.id, deposit(t)));
    const before = await dumpTables(db);
    broken.on = true;
    await expect(voidTransfer(db, transfer.id, 'batal')).rejects.toThrow('disk full');
    expect(await dumpTables(db)).toEqual(before);
  });

  it('imports nothing when the last bulk write fails', async () => {
    const db = freshDb();
    const broken = breakTable(db, 'dailyTransferTotals');
    const t = await makeBook(db);
    const before = await dumpTables(db);
    broken.on = true;
    const batch = {
      importId: 'batch-1',
      newAccounts: [{ name: 'QRIS', type: 'ewallet' as const }],
      newCategories: [{ name: 'Komisi', kind: 'pendapatan_lain' as const }],
      entries: [
        {
          date: '2026-01-02',
          direction: 'in' as const,
          amount: 5_000,
          categoryName: 'komisi',
          accountName: 'qris',
          note: '',
          counterparty: '',
        },
      ],
      transfers: [
        { date: '2026-01-02', amount: 5_000, fromAccountName: 'QRIS', toAccountName: 'Kas', note: '' },
      ],
    };
    await expect(importBatch(db, t.book.id, batch)).rejects.toThrow('disk full');
    expect(await dumpTables(db)).toEqual(before);
  });
});
