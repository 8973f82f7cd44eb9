import { describe, expect, it } from 'vitest';
import {
  addContact,
  addEntry,
  checkCreditRollups,
  checkRollups,
  homeSummary,
  LATEST_SCHEMA_VERSION,
  openLumbungDb,
  positionAt,
  SCHEMA_VERSIONS,
  verifyBookChain,
} from '../../src/storage';
import { expense, freshName, makeBook, sale, unwrap } from '../support/storage/db';
import { atOlderVersion } from '../support/storage/older-db';

const BEFORE_CREDIT = SCHEMA_VERSIONS.filter((v) => v.version < 5);

describe('schema version 5 (debts and stock)', () => {
  it('opens a book of version 4 with every figure unchanged, then records a credit sale', async () => {
    const name = freshName();
    const { old, value } = await atOlderVersion(name, BEFORE_CREDIT, async (db) => {
      const t = await makeBook(db);
      unwrap(await addEntry(db, t.book.id, sale(t)));
      unwrap(await addEntry(db, t.book.id, expense(t)));
      // Home as the book showed it before the upgrade (that app read it from its monthly rows).
      return { t, before: await homeSummary(db, t.book.id, '2026-03-31') };
    });
    const { t, before } = value;
    const entries = await old.entries.toArray();
    expect(old.tables.map((table) => table.name)).not.toContain('contacts');
    old.close();

    const opened = await openLumbungDb(name);
    if (!opened.ok) throw opened.error;
    const db = opened.db;
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.entries.toArray()).toEqual(entries);
    expect(await homeSummary(db, t.book.id, '2026-03-31')).toEqual(before);
    expect((await positionAt(db, t.book.id, '2026-03-31')).cash).toBe(15_000);
    expect(await verifyBookChain(db, t.book.id)).toEqual([]);
    expect(await checkRollups(db, t.book.id)).toEqual([]);

    const contact = unwrap(
      await addContact(db, t.book.id, { name: 'Pak Yosef', whatsapp: '', role: 'customer' }),
    );
    unwrap(await addEntry(db, t.book.id, sale(t, { paid: 0, contactId: contact.id })));
    expect((await positionAt(db, t.book.id, '2026-03-31')).receivables).toBe(25_000);
    expect(await checkCreditRollups(db, t.book.id)).toEqual([]);
    db.close();
  });
});
