import { describe, expect, it } from 'vitest';
import { readBackup } from '../../src/domain/backup/read';
import {
  addCategory,
  addContact,
  addEntry,
  addSettlement,
  changeCategoryKind,
  checkCreditRollups,
  checkRollups,
  creditOverview,
  dailyTotalsInRange,
  editContact,
  getContact,
  LumbungDb,
  makeBackup,
  renameCategory,
  restoreBackup,
  verifyBookChain,
  voidEntry,
} from '../../src/storage';
import { freshDb, makeBook, sale, unwrap } from '../support/storage/db';

/** Runs `before` just ahead of the first read-write transaction `db` opens; counts them. */
function beforeFirstWrite(db: LumbungDb, before: () => Promise<unknown>): { writes: () => number } {
  const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  let writes = 0;
  (db as unknown as { transaction: (...args: unknown[]) => Promise<unknown> }).transaction = async (
    ...args: unknown[]
  ) => {
    if (args[0] === 'rw' && ++writes === 1) await before();
    return transaction(...args);
  };
  return { writes: () => writes };
}

describe('addEntry reads its rollup rows ahead of the write', () => {
  it('starts over when another tab saves between its read and its write', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const other = new LumbungDb(db.name);
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 10_000 })));

    // This tab remembers the day's row from its last save; the other tab's save changes that row
    // and moves the chain just before this save's write transaction opens.
    const counted = beforeFirstWrite(db, async () =>
      unwrap(await addEntry(other, t.book.id, sale(t, { amount: 7 }))),
    );
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 25_000 })));

    expect(counted.writes()).toBe(2);
    const [after] = await dailyTotalsInRange(db, t.book.id, '2026-03-02', '2026-03-02');
    expect(after).toMatchObject({ amount: 10_000 + 7 + 25_000, count: 3 });
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    expect(await verifyBookChain(db, t.book.id)).toEqual([]);
    other.close();
  });

  it('starts over when another tab renames the contact of the last credit sale before the next one', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const other = new LumbungDb(db.name);
    const sari = unwrap(await addContact(db, t.book.id, { name: 'Bu Sari', whatsapp: '', role: 'customer' }));
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 10_000, paid: 0, contactId: sari.id })));

    // This tab remembers Bu Sari from its last sale; a rename moves no chain, so the write must see it.
    const renamed = { name: 'Bu Sari Warung', whatsapp: '', role: 'customer' as const };
    const counted = beforeFirstWrite(db, async () => unwrap(await editContact(other, sari.id, renamed)));
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 25_000, paid: 0, contactId: sari.id })));

    expect(counted.writes()).toBe(2);
    expect((await getContact(db, t.book.id, sari.id))?.name).toBe('Bu Sari Warung');
    expect((await db.entries.toArray()).filter((e) => e.contactId === sari.id)).toHaveLength(2);
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    expect(await verifyBookChain(db, t.book.id)).toEqual([]);
    other.close();
  });

  it('starts over when the book was replaced by an older backup, leaving no gap in the chain', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const other = new LumbungDb(db.name);
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 1_000 })));
    const older = await readBackup((await makeBackup(db, '0.1.0')).text);
    if (!older.ok) expect.fail('backup refused');
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 2_000 })));

    // Another tab restores the older backup: the chain is one revision shorter than this tab remembers.
    unwrap(await restoreBackup(other, older.value.content, { clash: 'replace', copyName: String }));
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 4_000 })));

    expect(await verifyBookChain(db, t.book.id)).toEqual([]);
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    const [day] = await dailyTotalsInRange(db, t.book.id, '2026-03-02', '2026-03-02');
    expect(day).toMatchObject({ amount: 1_000 + 4_000, count: 2 });
    other.close();
  });

  it('counts a new category under the kind it has when the write lands, not when it was read', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const other = new LumbungDb(db.name);
    const komisi = unwrap(await addCategory(db, t.book.id, { name: 'Komisi', kind: 'pendapatan' }));

    // Unused, so another tab may still change its kind, between this save's read and its write.
    const counted = beforeFirstWrite(db, async () =>
      unwrap(await changeCategoryKind(other, komisi.id, 'pendapatan_lain')),
    );
    unwrap(await addEntry(db, t.book.id, sale(t, { categoryId: komisi.id, amount: 50_000 })));

    expect(counted.writes()).toBe(2);
    const [row] = await dailyTotalsInRange(db, t.book.id, '2026-03-02', '2026-03-02');
    expect(row).toMatchObject({ categoryId: komisi.id, kind: 'pendapatan_lain', amount: 50_000 });
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    other.close();
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

  it('keeps what a customer owes exact over a run of credit sales, a cash sale and another tab’s collection', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const other = new LumbungDb(db.name);
    const sari = unwrap(await addContact(db, t.book.id, { name: 'Bu Sari', whatsapp: '', role: 'customer' }));
    const onCredit = (date: string, amount: number) => sale(t, { date, amount, paid: 0, contactId: sari.id });
    unwrap(await addEntry(db, t.book.id, onCredit('2026-03-02', 10_000)));
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 3_000 })));
    unwrap(await addEntry(db, t.book.id, onCredit('2026-03-02', 20_000)));
    // This tab knows what Bu Sari owes from its last sale; the other tab's collection changes it.
    const collect = { type: 'collect' as const, contactId: sari.id, accountId: t.kas.id, note: '' };
    unwrap(await addSettlement(other, t.book.id, { ...collect, date: '2026-03-03', amount: 5_000 }));
    unwrap(await addEntry(db, t.book.id, onCredit('2026-03-04', 40_000)));
    const last = unwrap(await addEntry(db, t.book.id, onCredit('2026-03-04', 80_000)));
    unwrap(await voidEntry(other, last.id, 'salah'));
    unwrap(await addEntry(db, t.book.id, onCredit('2026-03-05', 160_000)));

    const owed = (await creditOverview(db, t.book.id, '2026-03-05')).receivable;
    expect(owed).toMatchObject({ total: 10_000 + 20_000 - 5_000 + 40_000 + 160_000, contacts: 1 });
    expect(await checkCreditRollups(db, t.book.id)).toEqual([]);
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    expect(await verifyBookChain(db, t.book.id)).toEqual([]);
    other.close();
  });
});
