import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { entriesToCsv } from '../../src/domain/csv/export';
import { checkCsvBytes, MAX_IMPORT_BYTES } from '../../src/features/data/csv-check';
import { csvErrorText } from '../../src/features/data/import-problems';
import { makeI18n } from '../../src/i18n/I18nProvider';
import { loadMessages } from '../../src/i18n/translate';
import {
  addEntry,
  checkRollups,
  findImportsByHash,
  homeSummary,
  importCsvPlan,
  listAccounts,
  listCategories,
  type LumbungDb,
} from '../../src/storage';
import { dumpTables, freshDb, makeBook, sale, unwrap } from '../support/storage/db';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

/** What the import screen knows of a book before it checks a file. */
async function bookView(db: LumbungDb, bookId: string) {
  const [categories, accounts] = await Promise.all([listCategories(db, bookId), listAccounts(db, bookId)]);
  return { categories, accounts };
}

/** The import screen's whole path: check the bytes, then write the confirmed plan. */
async function importFile(db: LumbungDb, bookId: string, bytes: Uint8Array, fileName = 'buku.csv') {
  const checked = await checkCsvBytes(bytes, await bookView(db, bookId));
  if (!checked.ok) return checked;
  const written = await importCsvPlan(db, bookId, checked.plan, { hash: checked.hash, fileName });
  return { ...checked, written };
}

/** Every file of the bad collection: each problem's line, column and code, in file order. */
const BAD: Record<string, [number, string | null, string][]> = {
  'amount-fraction.csv': [
    [2, 'jumlah', 'csv.amount.fraction'],
    [3, 'jumlah', 'csv.amount.fraction'],
  ],
  'amount-huge.csv': [
    [2, 'jumlah', 'csv.amount.tooLarge'],
    [3, 'jumlah', 'csv.amount.invalid'],
    [4, 'jumlah', 'csv.amount.missing'],
  ],
  'amount-negative.csv': [
    [2, 'jumlah', 'csv.amount.negative'],
    [3, 'jumlah', 'csv.amount.negative'],
  ],
  'amount-total-overflow.csv': [[3, 'jumlah', 'csv.total.tooLarge']],
  'amount-zero.csv': [
    [2, 'jumlah', 'csv.amount.zero'],
    [4, 'jumlah', 'csv.amount.zero'],
  ],
  'binary-junk.csv': [[2, null, 'csv.binary']],
  'broken-quoting.csv': [[2, null, 'csv.quote']],
  'category-kind.csv': [
    [2, 'kategori', 'csv.kind.direction'],
    [3, 'kelompok', 'csv.kind.mismatch'],
    [5, 'kelompok', 'csv.kind.conflict'],
  ],
  'category-missing.csv': [[2, 'kategori', 'csv.category.missing']],
  'duplicate-column.csv': [[1, 'tanggal', 'csv.header.duplicate']],
  'empty.csv': [[1, null, 'csv.empty']],
  'header-only.csv': [[1, null, 'csv.noRows']],
  'impossible-dates.csv': [
    [3, 'tanggal', 'csv.date.invalid'],
    [4, 'tanggal', 'csv.date.invalid'],
    [5, 'tanggal', 'csv.date.invalid'],
    [6, 'tanggal', 'csv.date.format'],
    [7, 'tanggal', 'csv.date.missing'],
  ],
  'kind-against-direction.csv': [
    [2, 'kelompok', 'csv.kind.direction'],
    [3, 'kelompok', 'csv.kind.direction'],
  ],
  'latin1-encoding.csv': [[2, null, 'csv.encoding']],
  'missing-columns.csv': [[1, null, 'csv.header.missing']],
  'name-too-long.csv': [
    [2, 'kategori', 'csv.category.tooLong'],
    [3, 'akun', 'csv.account.tooLong'],
  ],
  'note-too-long.csv': [[2, 'catatan', 'csv.note.tooLong']],
  'too-many-fields.csv': [[2, null, 'csv.fields.tooMany']],
  'transfer-same-account.csv': [
    [2, 'akun_tujuan', 'csv.transfer.sameAccount'],
    [3, 'akun_tujuan', 'csv.transfer.sameAccount'],
  ],
  'transfer-without-account.csv': [[2, 'akun_tujuan', 'csv.transfer.toMissing']],
  'unknown-kind.csv': [[2, 'kelompok', 'csv.kind.unknown']],
  'unknown-type.csv': [
    [2, 'jenis', 'csv.type.unknown'],
    [3, 'jenis', 'csv.type.missing'],
  ],
};

describe('the collection of bad CSV files', () => {
  const files = readdirSync(new URL('../fixtures/bad-csv/', import.meta.url)).filter((f) =>
    f.endsWith('.csv'),
  );
  const i18n = makeI18n('id');
  // The data screen loads its messages before it shows a refusal; so does this test.
  beforeAll(() => loadMessages('data'));

  it('has an expectation for every file', () => {
    expect(files.sort()).toEqual(Object.keys(BAD).sort());
  });

  it.each(Object.entries(BAD))(
    'refuses %s with every problem by line and column, writing nothing',
    async (file, want) => {
      const db = freshDb();
      const t = await makeBook(db);
      unwrap(await addEntry(db, t.book.id, sale(t)));
      const before = await dumpTables(db);
      const result = await importFile(db, t.book.id, fixture(`bad-csv/${file}`));
      if (result.ok) expect.fail(`${file} was accepted`);
      expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual(want);
      for (const error of result.errors) {
        const text = csvErrorText(error, i18n);
        expect(text).toMatch(new RegExp(`^Baris ${error.row}(, kolom ${error.column})?: `));
        expect(text).not.toContain('Terjadi kesalahan');
        expect(text).not.toMatch(/\{\w+\}/);
      }
      expect(await dumpTables(db)).toEqual(before);
      db.close();
    },
  );

  it('words a refused row in Indonesian with the line, the column and the cell', async () => {
    const result = await checkCsvBytes(fixture('bad-csv/impossible-dates.csv'), {
      categories: [],
      accounts: [],
    });
    if (result.ok) expect.fail('accepted');
    expect(csvErrorText(result.errors[0] ?? expect.fail('no error'), i18n)).toBe(
      'Baris 3, kolom tanggal: Tanggal “2026-02-30” tidak ada di kalender.',
    );
  });
});

describe('importing a CSV', () => {
  it('reads semicolons, a BOM, CRLF, day-first dates, Rp amounts and English headers, with the right totals', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const result = await importFile(db, t.book.id, fixture('excel-id-semicolon.csv'));
    if (!result.ok || !('written' in result)) expect.fail(JSON.stringify(result));
    expect(result.plan.counts).toEqual({
      rows: 8,
      entries: 7,
      transfers: 1,
      newCategories: 2,
      newAccounts: 1,
    });
    expect(result.plan.totalsByKind).toMatchObject({
      modal: 5_000_000,
      pendapatan: 2_000_000,
      hpp: 300_000,
      beban: 1_250_000,
      prive: 100_000,
      beban_lain: 50_000,
    });
    expect(result.period).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    unwrap(result.written);

    const march = await homeSummary(db, t.book.id, '2026-03-31');
    // Net profit: 2.000.000 sales − 300.000 stock − 1.250.000 rent − 50.000 interest.
    expect(march.month.netProfit).toBe(400_000);
    expect(Object.fromEntries(march.balances.map((b) => [b.name, b.balance]))).toEqual({
      Kas: 5_000_000 - 2_000_000 + 1_250_000 - 300_000 - 100_000 - 50_000,
      BRI: 2_000_000 - 1_250_000,
      QRIS: 750_000,
    });
    const notes = (await db.entries.toArray()).map((e) => e.note).sort();
    expect(notes).toContain('jual beras; 50 kg');
    expect(notes).toContain('kulakan "grosir"');
    expect(notes).toContain('bunga\r\nKopdit'); // a line break inside a cell, kept as the file wrote it
    expect((await db.entries.toArray()).every((e) => e.source === 'import')).toBe(true);
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    db.close();
  });

  it('recognises the same file by its SHA-256 and records each import', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const bytes = fixture('excel-id-semicolon.csv');
    const first = await importFile(db, t.book.id, bytes, 'maret.csv');
    if (!first.ok || !('written' in first)) expect.fail('refused');
    const again = await checkCsvBytes(bytes, await bookView(db, t.book.id));
    expect(again.hash).toBe(first.hash);
    const earlier = await findImportsByHash(db, t.book.id, again.hash);
    expect(earlier).toHaveLength(1);
    expect(earlier[0]).toMatchObject({
      bookId: t.book.id,
      fileName: 'maret.csv',
      hash: first.hash,
      counts: { rows: 8, entries: 7, transfers: 1, newCategories: 2, newAccounts: 1 },
    });
    // The member chose to import it again anyway: a second record, twice the entries.
    if (!again.ok) expect.fail('refused');
    unwrap(await importCsvPlan(db, t.book.id, again.plan, { hash: again.hash, fileName: 'maret.csv' }));
    expect(await findImportsByHash(db, t.book.id, again.hash)).toHaveLength(2);
    expect(await db.entries.count()).toBe(14);
    db.close();
  });

  it('gives back the same entries after export → import into a new book', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    unwrap(
      await importFile(db, t.book.id, fixture('excel-id-semicolon.csv')).then((r) =>
        r.ok && 'written' in r ? r.written : expect.fail('refused'),
      ),
    );
    const [entries, transfers, view] = await Promise.all([
      db.entries.toArray(),
      db.transfers.toArray(),
      bookView(db, t.book.id),
    ]);
    const csv = entriesToCsv(entries, transfers, view);

    const other = await makeBook(db);
    await db.books.update(other.book.id, { name: 'Salinan' });
    const again = await importFile(db, other.book.id, new TextEncoder().encode(csv));
    if (!again.ok) expect.fail(JSON.stringify(again.errors));
    const shape = async (bookId: string) => {
      const names = new Map(
        [...(await listCategories(db, bookId)), ...(await listAccounts(db, bookId))].map((r) => [
          r.id,
          r.name,
        ]),
      );
      const rows = await db.entries.where('bookId').equals(bookId).toArray();
      return rows
        .map((e) =>
          [e.date, e.direction, e.amount, names.get(e.categoryId), names.get(e.accountId), e.note].join('|'),
        )
        .sort();
    };
    expect(await shape(other.book.id)).toEqual(await shape(t.book.id));
    db.close();
  });

  it('keeps the size limit at 20 MB', () => {
    expect(MAX_IMPORT_BYTES).toBe(20 * 1024 * 1024);
  });
});
