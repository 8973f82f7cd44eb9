import { describe, expect, it } from 'vitest';
import {
  addContact,
  addEntry,
  addOpeningItem,
  addSettlement,
  checkCreditRollups,
  creditOverview,
  LATEST_SCHEMA_VERSION,
  openLumbungDb,
  SCHEMA_VERSIONS,
} from '../../src/storage';
import { freshName, makeBook, sale, unwrap } from '../support/storage/db';
import { atOlderVersion } from '../support/storage/older-db';

const BEFORE_OPEN_CREDIT = SCHEMA_VERSIONS.filter((v) => v.version < 10);

describe('schema version 10 (what each contact still owes, kept)', () => {
  it('opens a book with debts from before it with the same owed and overdue figures, kept from then on', async () => {
    const name = freshName();
    const { old, value } = await atOlderVersion(name, BEFORE_OPEN_CREDIT, async (scratch) => {
      const t = await makeBook(scratch);
      const sari = unwrap(
        await addContact(scratch, t.book.id, { name: 'Bu Sari', whatsapp: '', role: 'customer' }),
      );
      const sale1 = { contactId: sari.id, paid: 0, date: '2026-03-02', dueDate: '2026-03-10' };
      unwrap(await addEntry(scratch, t.book.id, sale(t, { ...sale1, amount: 40_000 })));
      unwrap(
        await addEntry(
          scratch,
          t.book.id,
          sale(t, { ...sale1, amount: 25_000, date: '2026-03-20', dueDate: '2026-04-20' }),
        ),
      );
      unwrap(
        await addOpeningItem(scratch, t.book.id, {
          date: '2026-03-01',
          side: 'receivable',
          contactId: sari.id,
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
      return { t, sale1, before: await creditOverview(scratch, t.book.id, '2026-04-01') };
    });
    const { t, sale1, before } = value;
    expect(old.tables.map((table) => table.name)).not.toContain('openCredit');
    old.close();

    const opened = await openLumbungDb(name);
    if (!opened.ok) throw opened.error;
    const db = opened.db;
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    // 75,000 made owed, 30,000 collected from the oldest: 20,000 of the March 2 sale (overdue) and
    // the March 20 sale (not yet due) remain.
    const after = await creditOverview(db, t.book.id, '2026-04-01');
    expect(after).toEqual(before);
    expect(after.receivable).toMatchObject({ total: 45_000, overdue: 20_000 });
    expect(await checkCreditRollups(db, t.book.id)).toEqual([]);
    unwrap(
      await addEntry(
        db,
        t.book.id,
        sale(t, { ...sale1, amount: 5_000, date: '2026-04-01', dueDate: '2026-04-15' }),
      ),
    );
    expect((await creditOverview(db, t.book.id, '2026-04-01')).receivable.total).toBe(50_000);
    expect(await checkCreditRollups(db, t.book.id)).toEqual([]);
    db.close();
  });

  it('declares its versions in order, 10 last', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(SCHEMA_VERSIONS.find((v) => v.version === 10)?.stores).toEqual({
      openCredit: '[bookId+contactId+side]',
    });
  });
});
