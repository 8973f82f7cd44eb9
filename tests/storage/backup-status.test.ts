import { describe, expect, it } from 'vitest';
import {
  addEntry,
  backupStatus,
  createBook,
  dismissBackupReminder,
  editEntry,
  markBackupSaved,
  recordedChanges,
  voidEntry,
} from '../../src/storage';
import { freshDb, MARIA, makeBook, unwrap } from '../support/storage/db';

const sale = (categoryId: string, accountId: string, amount: number) => ({
  date: '2026-03-02',
  direction: 'in' as const,
  amount,
  categoryId,
  accountId,
  note: '',
  counterparty: '',
});

describe('backup reminder counts', () => {
  it('counts every entry recorded, edited or voided, across books', async () => {
    const db = freshDb();
    const maria = await makeBook(db);
    const other = unwrap(await createBook(db, { ...MARIA, name: 'Tenun Ina' }));
    expect(await recordedChanges(db)).toBe(0);
    const first = unwrap(
      await addEntry(db, maria.book.id, sale(maria.category('Penjualan').id, maria.kas.id, 25_000)),
    );
    unwrap(
      await editEntry(db, first.id, { ...sale(first.categoryId, first.accountId, 30_000) }, 'salah ketik'),
    );
    unwrap(await voidEntry(db, first.id, 'dobel'));
    const penjualan = await db.categories.where({ bookId: other.id, name: 'Penjualan' }).first();
    const kas = await db.accounts.where({ bookId: other.id, name: 'Kas' }).first();
    if (!penjualan || !kas) throw new Error('a new book has Penjualan and Kas');
    unwrap(await addEntry(db, other.id, sale(penjualan.id, kas.id, 5_000)));
    expect(await recordedChanges(db)).toBe(4);
  });

  it('is due after 200 changes since the last backup, and quiet right after one', async () => {
    const db = freshDb();
    const maria = await makeBook(db);
    const now = new Date().toISOString();
    await markBackupSaved(db, now, await recordedChanges(db));
    for (let i = 0; i < 199; i += 1)
      unwrap(
        await addEntry(db, maria.book.id, sale(maria.category('Penjualan').id, maria.kas.id, 1_000 + i)),
      );
    expect((await backupStatus(db, now)).reminderDue).toBe(false);
    unwrap(await addEntry(db, maria.book.id, sale(maria.category('Penjualan').id, maria.kas.id, 500)));
    expect((await backupStatus(db, now)).reminderDue).toBe(true);
    await dismissBackupReminder(db, now);
    expect((await backupStatus(db, now)).reminderDue).toBe(false);
  });
});
