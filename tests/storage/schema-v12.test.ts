import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/domain/reports';
import {
  addContact,
  addEntry,
  addSettlement,
  checkCreditRollups,
  LATEST_SCHEMA_VERSION,
  type LumbungDb,
  openLumbungDb,
  positionAt,
  rebuildRollups,
  reportInput,
  SCHEMA_VERSIONS,
} from '../../src/storage';
import { expense, freshDb, freshName, makeBook, sale, unwrap, type TestBook } from '../support/storage/db';
import { atOlderVersion } from '../support/storage/older-db';

const BEFORE_CREDIT_YEARS = SCHEMA_VERSIONS.filter((v) => v.version < 12);

/** What the member sees of a book's debts: positions on a cut day and at month ends, two reports. */
async function figures(db: LumbungDb, t: TestBook) {
  const report = async (from: string, to: string) =>
    buildReport({ from, to, ...(await reportInput(db, t.book.id, from, to)) });
  return {
    positions: await Promise.all(
      ['2025-12-31', '2026-01-20', '2026-02-28', '2026-03-31'].map((d) => positionAt(db, t.book.id, d)),
    ),
    year: await report('2026-01-01', '2026-12-31'),
    cut: await report('2025-12-15', '2026-02-10'),
  };
}

/**
 * A customer and a supplier over a new year: 60,000 sold on credit in December (10,000 paid then),
 * 30,000 collected into BRI in January, 20,000 of stock bought on credit in February, 5,000 paid.
 */
async function fillBook(db: LumbungDb): Promise<TestBook> {
  const t = await makeBook(db);
  const contact = async (name: string, role: 'customer' | 'supplier') =>
    unwrap(await addContact(db, t.book.id, { name, whatsapp: '', role })).id;
  const sari = await contact('Bu Sari', 'customer');
  const jaya = await contact('Toko Jaya', 'supplier');
  const stock = t.category('Belanja stok/bahan').id;
  unwrap(
    await addEntry(
      db,
      t.book.id,
      sale(t, { date: '2025-12-20', amount: 60_000, paid: 10_000, contactId: sari }),
    ),
  );
  unwrap(await addEntry(db, t.book.id, sale(t, { date: '2026-01-05', amount: 15_000 })));
  const collect = { type: 'collect' as const, contactId: sari, accountId: t.account('BRI').id, note: '' };
  unwrap(await addSettlement(db, t.book.id, { ...collect, date: '2026-01-10', amount: 30_000 }));
  const bought = { date: '2026-02-03', categoryId: stock, amount: 20_000, paid: 0, contactId: jaya };
  unwrap(await addEntry(db, t.book.id, expense(t, bought)));
  const pay = { type: 'pay' as const, contactId: jaya, accountId: t.kas.id, note: '' };
  unwrap(await addSettlement(db, t.book.id, { ...pay, date: '2026-03-02', amount: 5_000 }));
  return t;
}

describe('schema version 12 (a book’s year of credit summed over its contacts)', () => {
  it('opens a book with debts of version 11 with its credit years filled and every figure as it was', async () => {
    const name = freshName();
    const { old, value } = await atOlderVersion(name, BEFORE_CREDIT_YEARS, async (scratch) => {
      const t = await fillBook(scratch);
      return { t, before: await figures(scratch, t) };
    });
    const { t, before } = value;
    expect(old.tables.map((table) => table.name)).not.toContain('creditYears');
    old.close();

    const opened = await openLumbungDb(name);
    if (!opened.ok) throw opened.error;
    const db = opened.db;
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect((await db.creditYears.toArray()).map((y) => [y.year, y.count])).toEqual([
      ['2025', 1],
      ['2026', 3],
    ]);
    expect(await checkCreditRollups(db, t.book.id)).toEqual([]);
    const after = await figures(db, t);
    expect(after).toEqual(before);
    expect(after.positions.map((p) => [p.receivables, p.payables])).toEqual([
      [50_000, 0],
      [20_000, 0],
      [20_000, 20_000],
      [20_000, 15_000],
    ]);
    // Cash: 10,000 paid in December, 15,000 in January and 30,000 collected, 5,000 paid out.
    expect(after.positions[3]?.cash).toBe(50_000);
    expect(after.year.cashFlow.operating).toBe(40_000);

    unwrap(
      await addSettlement(db, t.book.id, {
        type: 'collect',
        contactId: (await db.contacts.toArray()).find((c) => c.name === 'Bu Sari')?.id ?? '',
        accountId: t.kas.id,
        date: '2026-03-31',
        amount: 20_000,
        note: '',
      }),
    );
    expect((await positionAt(db, t.book.id, '2026-03-31')).receivables).toBe(0);
    expect(await checkCreditRollups(db, t.book.id)).toEqual([]);
    db.close();
  });

  it('reports a credit year that differs from its records, and a rebuild mends it', async () => {
    const db = freshDb();
    const t = await fillBook(db);
    const year = await db.creditYears.get([t.book.id, '2026']);
    if (!year) throw new Error('no credit year 2026');
    // The January collection's cell says 1 more was collected than was.
    const [january, ...rest] = year.cells;
    if (!january) throw new Error('no cell');
    await db.creditYears.put({ ...year, cells: [{ ...january, settled: january.settled + 1 }, ...rest] });
    const found = await checkCreditRollups(db, t.book.id);
    expect(found).toEqual([
      expect.objectContaining({ table: 'creditYears', key: '2026-01-01|receivable|' + t.account('BRI').id }),
    ]);
    const wrong = await positionAt(db, t.book.id, '2026-03-31');
    await rebuildRollups(db, t.book.id);
    expect(await checkCreditRollups(db, t.book.id)).toEqual([]);
    expect((await positionAt(db, t.book.id, '2026-03-31')).receivables).toBe(wrong.receivables + 1);
  });
});
