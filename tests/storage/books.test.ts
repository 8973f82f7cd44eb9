import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../src/domain/defaults';
import {
  addAccount,
  addCategory,
  addEntry,
  changeCategoryKind,
  createBook,
  getBook,
  listAccounts,
  listBooks,
  listCategories,
  renameAccount,
  renameCategory,
  setAccountHidden,
  setCategoryHidden,
  updateBook,
  voidEntry,
} from '../../src/storage';
import { codes, freshDb, makeBook, MARIA, sale, unwrap } from '../support/storage/db';

describe('books', () => {
  it('creates a book with Kas and every default category', async () => {
    const db = freshDb();
    const book = unwrap(await createBook(db, MARIA));
    expect(book).toMatchObject(MARIA);
    expect(await listBooks(db)).toEqual([book]);
    const accounts = await listAccounts(db, book.id);
    expect(accounts.map((a) => [a.name, a.type, a.hidden])).toEqual([['Kas', 'cash', false]]);
    const categories = await listCategories(db, book.id);
    expect(categories.map((c) => `${c.kind}:${c.name}`).sort()).toEqual(
      DEFAULT_CATEGORIES.map((c) => `${c.kind}:${c.name}`).sort(),
    );
  });

  it('refuses a book without a name or with an unknown time zone, writing nothing', async () => {
    const db = freshDb();
    const result = await createBook(db, { ...MARIA, name: '  ', timeZone: 'Mars/Olympus' });
    expect(codes(result)).toEqual(['book.nameRequired', 'book.timeZoneInvalid']);
    expect(await listBooks(db)).toEqual([]);
  });

  it('updates the details and the time of change, keeping the rest', async () => {
    const db = freshDb();
    const book = unwrap(await createBook(db, MARIA));
    await new Promise((r) => setTimeout(r, 5));
    const updated = unwrap(await updateBook(db, book.id, { branch: 'Sikka', phone: undefined }));
    expect(updated).toMatchObject({ ...MARIA, branch: 'Sikka', createdAt: book.createdAt });
    expect(updated.updatedAt > book.updatedAt).toBe(true);
    expect(await getBook(db, book.id)).toEqual(updated);
    expect(codes(await updateBook(db, book.id, { owner: 'x'.repeat(81) }))).toEqual(['book.fieldTooLong']);
    expect(codes(await updateBook(db, 'nope', { owner: 'Ana' }))).toEqual(['book.notFound']);
  });
});

describe('accounts', () => {
  it('adds accounts with names unique regardless of case', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const qris = unwrap(await addAccount(db, t.book.id, { name: ' QRIS ', type: 'ewallet' }));
    expect(qris.name).toBe('QRIS');
    expect(codes(await addAccount(db, t.book.id, { name: 'bri', type: 'bank' }))).toEqual([
      'account.duplicateName',
    ]);
    expect(codes(await addAccount(db, t.book.id, { name: '', type: 'bank' }))).toEqual([
      'account.nameRequired',
    ]);
    expect((await listAccounts(db, t.book.id)).map((a) => a.name)).toEqual(['Kas', 'BRI', 'QRIS']);
  });

  it('renames and hides accounts, but Kas keeps its name and stays visible', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const bri = t.account('BRI');
    expect(unwrap(await renameAccount(db, bri.id, 'BRI Simpedes')).name).toBe('BRI Simpedes');
    expect(codes(await renameAccount(db, bri.id, 'KAS'))).toEqual(['account.duplicateName']);
    expect(unwrap(await setAccountHidden(db, bri.id, true)).hidden).toBe(true);
    expect(codes(await renameAccount(db, t.kas.id, 'Dompet'))).toEqual(['account.cashRequired']);
    expect(codes(await setAccountHidden(db, t.kas.id, true))).toEqual(['account.cashRequired']);
    expect(unwrap(await renameAccount(db, t.kas.id, 'KAS')).name).toBe('KAS');
    const stored = await listAccounts(db, t.book.id);
    expect(stored.map((a) => [a.name, a.hidden])).toEqual([
      ['KAS', false],
      ['BRI Simpedes', true],
    ]);
  });
});

describe('categories', () => {
  it('adds, renames and hides categories with unique names', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const es = unwrap(await addCategory(db, t.book.id, { name: 'Es batu', kind: 'pendapatan' }));
    expect(codes(await addCategory(db, t.book.id, { name: 'LISTRIK', kind: 'beban' }))).toEqual([
      'category.duplicateName',
    ]);
    expect(codes(await renameCategory(db, es.id, 'penjualan'))).toEqual(['category.duplicateName']);
    expect(unwrap(await renameCategory(db, es.id, 'Es & minuman')).name).toBe('Es & minuman');
    expect(unwrap(await setCategoryHidden(db, es.id, true)).hidden).toBe(true);
    const stored = (await listCategories(db, t.book.id)).find((c) => c.id === es.id);
    expect(stored).toMatchObject({ name: 'Es & minuman', kind: 'pendapatan', hidden: true });
  });

  it('changes a kind only while no entry, voided ones included, uses the category', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const komisi = unwrap(await addCategory(db, t.book.id, { name: 'Komisi', kind: 'pendapatan' }));
    expect(unwrap(await changeCategoryKind(db, komisi.id, 'pendapatan_lain')).kind).toBe('pendapatan_lain');
    const entry = unwrap(await addEntry(db, t.book.id, sale(t, { categoryId: komisi.id })));
    expect(codes(await changeCategoryKind(db, komisi.id, 'pendapatan'))).toEqual(['category.inUse']);
    unwrap(await voidEntry(db, entry.id, 'salah catat'));
    expect(codes(await changeCategoryKind(db, komisi.id, 'pendapatan'))).toEqual(['category.inUse']);
    expect((await db.categories.get(komisi.id))?.kind).toBe('pendapatan_lain');
  });
});
