import { describe, expect, it } from 'vitest';
import {
  addEntry,
  addProduct,
  checkRollups,
  getSyncLink,
  homeSummary,
  LATEST_SCHEMA_VERSION,
  openLumbungDb,
  SCHEMA_VERSIONS,
  verifyBookChain,
} from '../../src/storage';
import { expense, freshName, makeBook, sale, unwrap } from '../support/storage/db';
import { atOlderVersion } from '../support/storage/older-db';

const BEFORE_SYNC = SCHEMA_VERSIONS.filter((v) => v.version < 7);

describe('schema version 7 (sync links and receipts)', () => {
  it('opens a book of version 6 with its entries, products and figures unchanged, and not synced', async () => {
    const name = freshName();
    const { old, value } = await atOlderVersion(name, BEFORE_SYNC, async (db) => {
      const t = await makeBook(db);
      unwrap(await addEntry(db, t.book.id, sale(t)));
      unwrap(await addEntry(db, t.book.id, expense(t)));
      unwrap(await addProduct(db, t.book.id, { name: 'Beras 1 kg', price: 15_000 }));
      // Home as the book showed it before the upgrade (that app read it from its monthly rows).
      return { t, before: await homeSummary(db, t.book.id, '2026-03-31') };
    });
    const { t, before } = value;
    const entries = await old.entries.toArray();
    const products = await old.products.toArray();
    expect(old.tables.map((table) => table.name)).not.toContain('syncLinks');
    old.close();

    const opened = await openLumbungDb(name);
    if (!opened.ok) throw opened.error;
    const db = opened.db;
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name)).toEqual(
      expect.arrayContaining(['syncLinks', 'syncReceipts']),
    );
    expect(await db.entries.toArray()).toEqual(entries);
    expect(await db.products.toArray()).toEqual(products);
    expect(await homeSummary(db, t.book.id, '2026-03-31')).toEqual(before);
    expect(await verifyBookChain(db, t.book.id)).toEqual([]);
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    expect(await getSyncLink(db, t.book.id)).toBeUndefined();
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 7_000 })));
    expect(await verifyBookChain(db, t.book.id)).toEqual([]);
    db.close();
  });

  it('declares its versions in order, 7 last', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(SCHEMA_VERSIONS.find((v) => v.version === 7)?.stores).toEqual({
      syncLinks: 'bookId',
      syncReceipts: '[bookId+seq]',
    });
  });
});
