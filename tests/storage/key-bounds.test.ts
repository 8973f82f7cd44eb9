import { describe, expect, it } from 'vitest';
import { addEntry, addTransfer } from '../../src/storage';
import { inRange, keyRange } from '../../src/storage/queries';
import { datedRead, keyRead, readRanges } from '../../src/storage/range-reads';
import { deposit, freshDb, makeBook, sale, unwrap } from '../support/storage/db';

describe('a key range read through the tables and through the one-transaction reader', () => {
  it('gives the same rows either way, edges included', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const other = await makeBook(db);
    const dates = ['2025-12-31', '2026-01-01', '2026-01-31', '2026-02-01', '2026-02-28', '2026-03-01'];
    for (const [i, date] of dates.entries()) {
      unwrap(await addEntry(db, t.book.id, sale(t, { date, amount: 1_000 * (i + 1) })));
      unwrap(await addEntry(db, other.book.id, sale(other, { date, amount: 7 })));
      // A month-keyed table: the transfers' months (an account's months are cells of its years).
      unwrap(await addTransfer(db, t.book.id, deposit(t, { date, amount: 100 * (i + 1) })));
      unwrap(await addTransfer(db, other.book.id, deposit(other, { date, amount: 7 })));
    }
    const book = t.book.id;
    const [days, years, months, all] = await readRanges(db, [
      datedRead(db.dailyTotals, book, '2026-01-01', '2026-02-28'),
      keyRead(db.yearTotals, [book, '2026'], [book, '2026']),
      keyRead(db.monthlyTransferTotals, [book, '2026-01'], [book, '2026-02']),
      keyRead(db.monthlyTransferTotals, [book], [book]),
    ]);
    expect(days).toEqual(await inRange(db.dailyTotals, book, '2026-01-01', '2026-02-28').toArray());
    expect(days.map((d) => d.date)).toEqual(['2026-01-01', '2026-01-31', '2026-02-01', '2026-02-28']);
    expect(years).toEqual(await keyRange(db.yearTotals, [book, '2026'], [book, '2026']).toArray());
    expect(years).toHaveLength(1);
    expect(months).toEqual(
      await keyRange(db.monthlyTransferTotals, [book, '2026-01'], [book, '2026-02']).toArray(),
    );
    expect(months.map((m) => m.month)).toEqual(['2026-01', '2026-02']);
    expect(all).toEqual(await keyRange(db.monthlyTransferTotals, [book], [book]).toArray());
    expect(all.every((m) => m.bookId === book)).toBe(true);
    expect(all.map((m) => m.month)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03']);
  });
});
