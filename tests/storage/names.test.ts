import { describe, expect, it } from 'vitest';
import { parseImportCsv, planImport } from '../../src/domain/csv';
import { addAccount, addCategory, importCsvPlan, listCategories, renameCategory } from '../../src/storage';
import { codes, freshDb, makeBook, unwrap } from '../support/storage/db';

const ZWSP = '\u200b';

describe('one name, however it was typed', () => {
  it('refuses a category that differs from one in the book only by a zero-width space, case or spacing', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    for (const name of [`Penj${ZWSP}ualan`, 'PENJUALAN', ' Penjualan\u00a0', `\ufeffpenjualan`])
      expect(codes(await addCategory(db, t.book.id, { name, kind: 'pendapatan' }))).toEqual([
        'category.duplicateName',
      ]);
    expect(codes(await addAccount(db, t.book.id, { name: `B${ZWSP}RI`, type: 'bank' }))).toEqual([
      'account.duplicateName',
    ]);
  });

  it('keeps names in their canonical form, so what is stored is what is compared', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const made = unwrap(
      await addCategory(db, t.book.id, { name: `  Jual${ZWSP}  Ｋｏｐｉ `, kind: 'pendapatan' }),
    );
    expect(made.name).toBe('Jual Kopi');
    expect(unwrap(await renameCategory(db, made.id, `Jual Kopi${ZWSP} Bubuk`)).name).toBe('Jual Kopi Bubuk');
  });

  it('matches an imported category and account to the book’s own through the same key', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const csv = `tanggal,jenis,jumlah,kategori,akun\n2026-03-14,masuk,25000,penj${ZWSP}ualan,${ZWSP}bri\n`;
    const parsed = parseImportCsv(csv);
    if (!parsed.ok) throw new Error('the file did not parse');
    const book = { categories: await listCategories(db, t.book.id), accounts: [t.kas, t.account('BRI')] };
    const planned = planImport(parsed.rows, book);
    if (!planned.ok) throw new Error('the file was not planned');
    expect(planned.plan.newCategories).toEqual([]);
    expect(planned.plan.newAccounts).toEqual([]);
    const summary = unwrap(
      await importCsvPlan(db, t.book.id, planned.plan, { hash: 'a'.repeat(64), fileName: 'x.csv' }),
    );
    expect(summary.categories).toEqual([]);
    const [entry] = await db.entries.where('bookId').equals(t.book.id).toArray();
    expect(entry).toMatchObject({ categoryId: t.category('Penjualan').id, accountId: t.account('BRI').id });
  });
});
