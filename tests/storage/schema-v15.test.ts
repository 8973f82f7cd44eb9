import { describe, expect, it } from 'vitest';
import {
  addContact,
  addEntry,
  addOpeningItem,
  addSettlement,
  bookDebts,
  checkCreditRollups,
  contactPage,
  creditOverview,
  LATEST_SCHEMA_VERSION,
  type LumbungDb,
  openLumbungDb,
  SCHEMA_VERSIONS,
} from '../../src/storage';
import type { ItemListOpenCredit } from '../../src/storage/upgrade-v15';
import { freshName, makeBook, sale, unwrap, type TestBook } from '../support/storage/db';
import { atOlderVersion } from '../support/storage/older-db';

const BEFORE_KEPT_LISTS = SCHEMA_VERSIONS.filter((v) => v.version < 15);

/** What the member sees of the book's debts on a day: the home card, the contact list, Bu Sari's page. */
async function debts(db: LumbungDb, t: TestBook, sariId: string, today: string) {
  return {
    home: await bookDebts(db, t.book.id, today),
    list: await creditOverview(db, t.book.id, today),
    sari: await contactPage(db, t.book.id, sariId, today),
  };
}

describe('schema version 15 (open credit kept as due dates and what is left)', () => {
  it('opens a book whose open credit holds items as objects with the same owed and overdue figures, and keeps them from then on', async () => {
    const name = freshName();
    const { old, value } = await atOlderVersion(name, BEFORE_KEPT_LISTS, async (scratch) => {
      const t = await makeBook(scratch);
      const sari = unwrap(
        await addContact(scratch, t.book.id, { name: 'Bu Sari', whatsapp: '', role: 'customer' }),
      );
      const jaya = unwrap(
        await addContact(scratch, t.book.id, { name: 'Toko Jaya', whatsapp: '', role: 'supplier' }),
      );
      const onCredit = { contactId: sari.id, paid: 0 };
      unwrap(
        await addEntry(
          scratch,
          t.book.id,
          sale(t, { ...onCredit, amount: 40_000, date: '2026-03-02', dueDate: '2026-03-10' }),
        ),
      );
      unwrap(
        await addEntry(scratch, t.book.id, sale(t, { ...onCredit, amount: 25_000, date: '2026-03-20' })),
      );
      for (const [contactId, side] of [
        [sari.id, 'receivable'],
        [jaya.id, 'payable'],
      ] as const)
        unwrap(
          await addOpeningItem(scratch, t.book.id, {
            date: '2026-03-01',
            side,
            contactId,
            amount: 10_000,
            note: '',
          }),
        );
      unwrap(
        await addSettlement(scratch, t.book.id, {
          type: 'collect',
          contactId: sari.id,
          accountId: t.kas.id,
          date: '2026-03-25',
          amount: 30_000,
          note: '',
        }),
      );
      return { t, sari, before: await debts(scratch, t, sari.id, '2026-04-01') };
    });
    const { t, sari, before } = value;
    // As versions 10 to 14 kept it: Bu Sari's two sales as objects, 20,000 left of the first.
    const listed = (await old.openCredit.toArray()) as unknown as ItemListOpenCredit[];
    expect(listed.map((row) => [row.side, row.items.map((i) => [i.date, i.remaining])]).sort()).toEqual([
      ['payable', [['2026-03-01', 10_000]]],
      [
        'receivable',
        [
          ['2026-03-02', 20_000],
          ['2026-03-20', 25_000],
        ],
      ],
    ]);
    old.close();

    const opened = await openLumbungDb(name);
    if (!opened.ok) throw opened.error;
    const db = opened.db;
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const kept = await db.openCredit.toArray();
    expect(kept.map((row) => [row.side, row.dueDates, row.remaining]).sort()).toEqual([
      ['payable', [''], [10_000]],
      ['receivable', ['2026-03-10', ''], [20_000, 25_000]],
    ]);
    const after = await debts(db, t, sari.id, '2026-04-01');
    expect(after).toEqual(before);
    expect(after.home.receivable).toMatchObject({ total: 45_000, overdue: 20_000 });
    expect(after.home.payable).toMatchObject({ total: 10_000, overdue: 0 });
    expect(await checkCreditRollups(db, t.book.id)).toEqual([]);

    // A sale on credit after the upgrade appends to the kept lists.
    unwrap(
      await addEntry(
        db,
        t.book.id,
        sale(t, { contactId: sari.id, paid: 0, amount: 5_000, date: '2026-04-01', dueDate: '2026-04-15' }),
      ),
    );
    expect((await bookDebts(db, t.book.id, '2026-04-01')).receivable.total).toBe(50_000);
    expect(await checkCreditRollups(db, t.book.id)).toEqual([]);
    db.close();
  });

  it('declares its versions in order, 15 last', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(SCHEMA_VERSIONS.find((v) => v.version === 15)?.stores).toEqual({});
  });
});
