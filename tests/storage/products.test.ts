import { describe, expect, it } from 'vitest';
import { readBackup } from '../../src/domain/backup';
import {
  addProduct,
  editProduct,
  LATEST_SCHEMA_VERSION,
  listProducts,
  LumbungDb,
  makeBackup,
  openLumbungDb,
  restoreBackup,
  SCHEMA_VERSIONS,
  setProductHidden,
} from '../../src/storage';
import { freshDb, freshName, makeBook, unwrap } from '../support/storage/db';

describe('products for one-tap sales', () => {
  it('are added, changed and hidden, names unique per book and prices whole Rupiah', async () => {
    const db = freshDb();
    const { book } = await makeBook(db);
    const kopi = unwrap(await addProduct(db, book.id, { name: '  Kopi  susu ', price: 8000 }));
    expect(kopi).toMatchObject({ name: 'Kopi susu', price: 8000, hidden: false });
    const twice = await addProduct(db, book.id, { name: 'KOPI SUSU', price: 9000 });
    expect(twice).toMatchObject({ ok: false, errors: [{ code: 'product.duplicateName' }] });
    expect(await addProduct(db, book.id, { name: 'Teh', price: 0 })).toMatchObject({
      ok: false,
      errors: [{ code: 'money.zero' }],
    });
    expect(await addProduct(db, book.id, { name: 'Teh', price: 1.5 })).toMatchObject({ ok: false });
    unwrap(await editProduct(db, kopi.id, { name: 'Kopi susu', price: 9000 }));
    unwrap(await setProductHidden(db, kopi.id, true));
    expect(await listProducts(db, book.id)).toEqual([
      expect.objectContaining({ id: kopi.id, price: 9000, hidden: true }),
    ]);
  });

  it('travel in a backup and come back on restore', async () => {
    const db = freshDb();
    const { book } = await makeBook(db);
    unwrap(await addProduct(db, book.id, { name: 'Gas 3 kg', price: 22000 }));
    const backup = await makeBackup(db, 'test');
    const read = await readBackup(backup.text);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const other = freshDb();
    unwrap(await restoreBackup(other, read.value.content, { clash: 'replace', copyName: (n) => n }));
    expect(await listProducts(other, book.id)).toEqual(await listProducts(db, book.id));
  });
});

describe('schema version 6 (products)', () => {
  it('upgrades a database of version 4: every row kept, an empty products table added', async () => {
    const name = freshName();
    const old = new LumbungDb(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version <= 4),
    );
    const { book } = await makeBook(old);
    const books = await old.books.toArray();
    expect(old.tables.map((t) => t.name)).not.toContain('products');
    old.close();
    const opened = await openLumbungDb(name);
    if (!opened.ok) throw opened.error;
    expect(opened.db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await opened.db.books.toArray()).toEqual(books);
    expect(await listProducts(opened.db, book.id)).toEqual([]);
    unwrap(await addProduct(opened.db, book.id, { name: 'Pulsa 10 rb', price: 12000 }));
    expect(await listProducts(opened.db, book.id)).toHaveLength(1);
  });
});
