import { describe, expect, it } from 'vitest';
import { readBackup } from '../../src/domain/backup/read';
import { addEntry, checkRollups, listBooks, makeBackup } from '../../src/storage';
import { restoreOverEverything } from '../../src/storage/lazy';
import { freshDb, makeBook, sale, unwrap } from '../support/storage/db';

describe('restoring in place of everything (the way back from a lost PIN)', () => {
  it('leaves exactly the backup’s books, their entries and sound rollups', async () => {
    const source = freshDb();
    const t = await makeBook(source);
    unwrap(await addEntry(source, t.book.id, sale(t, { amount: 40_000 })));
    const backup = unwrap(await readBackup((await makeBackup(source, '0.1.0')).text));

    const phone = freshDb();
    const locked = await makeBook(phone);
    unwrap(await addEntry(phone, locked.book.id, sale(locked, { amount: 999_000 })));

    const restored = unwrap(await restoreOverEverything(phone, backup.content));
    expect(restored.entries).toBe(1);
    expect((await listBooks(phone)).map((b) => b.id)).toEqual([t.book.id]);
    expect(await phone.entries.toArray()).toEqual(await source.entries.toArray());
    expect(await checkRollups(phone, t.book.id)).toEqual([]);
    // Nothing of the locked book is left, its rollups included.
    expect(await phone.dailyTotals.filter((row) => row.bookId === locked.book.id).count()).toBe(0);
    expect(await phone.revisions.filter((row) => row.bookId === locked.book.id).count()).toBe(0);
  });
});
