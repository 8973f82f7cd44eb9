import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/domain/reports/report';
import { connectForRestore, restoreFromServer } from '../../src/features/sync/restore-from-server';
import {
  addContact,
  addEntry,
  addOpeningItem,
  addProduct,
  addSettlement,
  addStockCount,
  checkCreditRollups,
  checkRollups,
  creditOverview,
  editSettlement,
  homeSummary,
  listProducts,
  positionAt,
  reportInput,
  setProductHidden,
  verifyBookChain,
  voidStockCount,
  type LumbungDb,
} from '../../src/storage';
import { bookReceipts } from '../../src/storage/sync-links';
import { expense, freshDb, sale, unwrap, type TestBook } from '../support/storage/db';
import { becomeNewPhone, type SyncServer } from '../support/storage/sync-server';
import { pushBook, syncedPhone } from '../support/storage/synced-phone';

let sync: SyncServer;
let phone: LumbungDb; // the lost phone
let t: TestBook;
let code: string;

/** A shop with debts both ways, stock counted, products on its sales list, all synced. */
async function shopWithDebtsAndStock(db: LumbungDb, book: TestBook) {
  const id = book.book.id;
  const sari = unwrap(
    await addContact(db, id, { name: 'Bu Sari', whatsapp: '081234567890', role: 'customer' }),
  );
  const jaya = unwrap(await addContact(db, id, { name: 'CV Jaya', whatsapp: '', role: 'supplier' }));
  unwrap(
    await addOpeningItem(db, id, {
      date: '2026-03-01',
      side: 'receivable',
      contactId: sari.id,
      amount: 40_000,
      note: 'saldo awal',
    }),
  );
  unwrap(await addStockCount(db, id, { date: '2026-03-01', value: 500_000, note: '', opening: true }));
  unwrap(
    await addEntry(
      db,
      id,
      sale(book, { amount: 90_000, paid: 30_000, contactId: sari.id, dueDate: '2026-03-10' }),
    ),
  );
  unwrap(
    await addEntry(
      db,
      id,
      expense(book, {
        amount: 200_000,
        paid: 0,
        contactId: jaya.id,
        categoryId: book.category('Belanja stok/bahan').id,
      }),
    ),
  );
  const collect = { type: 'collect' as const, contactId: sari.id, accountId: book.kas.id, note: '' };
  const collected = unwrap(await addSettlement(db, id, { ...collect, date: '2026-03-05', amount: 20_000 }));
  unwrap(
    await editSettlement(db, collected.id, { ...collect, date: '2026-03-05', amount: 25_000 }, 'salah tulis'),
  );
  unwrap(
    await addSettlement(db, id, {
      type: 'pay',
      contactId: jaya.id,
      accountId: book.kas.id,
      note: 'cicil',
      date: '2026-03-08',
      amount: 50_000,
    }),
  );
  const wrong = unwrap(
    await addStockCount(db, id, { date: '2026-03-15', value: 1, note: '', opening: false }),
  );
  unwrap(await voidStockCount(db, wrong.id, 'salah hitung'));
  unwrap(await addStockCount(db, id, { date: '2026-03-31', value: 420_000, note: 'opname', opening: false }));
  unwrap(await addProduct(db, id, { name: 'Kopi susu', price: 8_000 }));
  const old = unwrap(await addProduct(db, id, { name: 'Teh botol', price: 5_000 }));
  unwrap(await setProductHidden(db, old.id, true));
}

beforeAll(async () => {
  ({ sync, phone, t, code } = await syncedPhone('WHOLE-1', shopWithDebtsAndStock));
  // A second push, so the lost phone held two receipts.
  unwrap(
    await addStockCount(phone, t.book.id, { date: '2026-04-01', value: 400_000, note: '', opening: false }),
  );
  await pushBook(phone, t.book.id, sync.url);
  await becomeNewPhone();
}, 300_000);
afterAll(() => sync.stop());

/** Every row of the book a backup would carry, in a stable order, and the figures its screens show. */
async function wholeBook(db: LumbungDb) {
  const id = t.book.id;
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => (a.id < b.id ? -1 : 1));
  const input = await reportInput(db, id, '2026-03-01', '2026-03-31');
  return {
    contacts: byId(await db.contacts.toArray()),
    products: byId(await db.products.toArray()),
    settlements: byId(await db.settlements.toArray()),
    stockCounts: byId(await db.stockCounts.toArray()),
    openingItems: byId(await db.openingItems.toArray()),
    entries: byId(await db.entries.toArray()),
    revisions: await db.revisions.toArray(),
    chips: (await listProducts(db, id)).filter((p) => !p.hidden).map((p) => [p.name, p.price]),
    report: buildReport({ ...input, from: '2026-03-01', to: '2026-03-31' }),
    position: await positionAt(db, id, '2026-03-31'),
    debts: await creditOverview(db, id, '2026-03-31'),
    home: await homeSummary(db, id, '2026-03-31'),
  };
}

describe('restoring a book with debts, stock and products from the server', { timeout: 120_000 }, () => {
  it('brings back its contacts, settlements, counts, opening items, products and receipts with every figure', async () => {
    const connection = unwrap(await connectForRestore(freshDb(), sync.url, await sync.issueCode('WHOLE-1')));
    const db = freshDb();
    unwrap(await restoreFromServer(db, connection, t.book.id, code, () => {}));
    const restored = await wholeBook(db);
    expect(restored).toEqual(await wholeBook(phone));
    expect(restored.chips).toEqual([['Kopi susu', 8_000]]);
    expect([restored.debts.receivable.total, restored.debts.payable.total]).toEqual([75_000, 150_000]);
    expect(await verifyBookChain(db, t.book.id)).toEqual([]);
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    expect(await checkCreditRollups(db, t.book.id)).toEqual([]);
    // The receipts the lost phone held, there for a statement made before the first push.
    const said = async (on: LumbungDb) =>
      (await bookReceipts(on, t.book.id)).map(({ iss, seq, hash, receivedAt }) => ({
        iss,
        seq,
        hash,
        receivedAt,
      }));
    const held = await said(phone);
    expect(held).toHaveLength(2);
    expect(await said(db)).toEqual(held);
  });
});
