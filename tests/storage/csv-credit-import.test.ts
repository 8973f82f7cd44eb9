import { describe, expect, it } from 'vitest';
import { entriesToCsv } from '../../src/domain/csv/export';
import { csvErrorText } from '../../src/features/data/import-problems';
import { makeI18n } from '../../src/i18n/I18nProvider';
import { loadMessages } from '../../src/i18n/translate';
import {
  checkCreditRollups,
  checkRollups,
  creditOverview,
  creditRecordsInRange,
  entriesInRange,
  listAccounts,
  listCategories,
  transfersInRange,
} from '../../src/storage';
import { readFixture } from '../support/fixture';
import { creditFigures as figures } from '../support/storage/credit-figures';
import { importText } from '../support/storage/import-text';
import { dumpTables, freshDb, makeBook, unwrap } from '../support/storage/db';

interface ExpectedPeriod {
  period: { from: string; to: string };
  profitAndLoss: Record<string, number>;
  inventory: Record<string, number>;
  cashFlow: { openingBalance: number; closingBalance: number; accounts: Record<string, number> };
  position: { opening: Record<string, unknown>; closing: Record<string, unknown> };
  receivables: { total: number; contacts: number; aging: Record<string, number> };
  payables: { total: number; contacts: number; aging: Record<string, number> };
}
const expected = JSON.parse(readFixture('tenun-ina-2026q1.expected.json')) as { periods: ExpectedPeriod[] };

describe('importing and exporting a book with debts and stock', () => {
  it('imports the tenun fixture to the figures worked out by hand, and its export imports back to the same', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const imported = await importText(db, t.book.id, readFixture('tenun-ina-2026q1.csv'));
    if (!imported.ok || !('written' in imported)) expect.fail(JSON.stringify(imported));
    unwrap(imported.written);
    for (const want of expected.periods) {
      const got = await figures(db, t.book.id, want.period.from, want.period.to);
      expect(got.profitAndLoss).toMatchObject(want.profitAndLoss);
      expect(got.inventory).toEqual(want.inventory);
      expect(got.cash).toEqual(
        want.cashFlow && {
          openingBalance: want.cashFlow.openingBalance,
          closingBalance: want.cashFlow.closingBalance,
          accounts: want.cashFlow.accounts,
        },
      );
      expect(got.opening).toEqual(want.position.opening);
      expect(got.closing).toEqual(want.position.closing);
      expect(got.receivables).toEqual(want.receivables);
      expect(got.payables).toEqual(want.payables);
    }
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    expect(await checkCreditRollups(db, t.book.id)).toEqual([]);

    const [entries, transfers, categories, accounts, credit] = await Promise.all([
      entriesInRange(db, t.book.id, '2025-01-01', '2026-12-31'),
      transfersInRange(db, t.book.id, '2025-01-01', '2026-12-31'),
      listCategories(db, t.book.id),
      listAccounts(db, t.book.id),
      creditRecordsInRange(db, t.book.id, '2025-01-01', '2026-12-31'),
    ]);
    const csv = entriesToCsv(entries, transfers, { categories, accounts }, credit);
    const again = freshDb();
    const other = await makeBook(again);
    const reimported = await importText(again, other.book.id, csv);
    if (!reimported.ok || !('written' in reimported)) expect.fail(JSON.stringify(reimported));
    unwrap(reimported.written);
    for (const { period } of expected.periods)
      expect(await figures(again, other.book.id, period.from, period.to)).toEqual(
        await figures(db, t.book.id, period.from, period.to),
      );
  });

  it('refuses a file whose collection is more than is owed, naming the line and the contact, and writes nothing', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const before = await dumpTables(db);
    const text = [
      'tanggal,jenis,jumlah,kategori,kelompok,akun,akun_tujuan,catatan,kontak,dibayar,jatuh_tempo',
      '2026-03-01,masuk,100000,Penjualan,pendapatan,Kas,,,Bu Sari,40000,',
      '2026-03-02,terima_piutang,70000,,,,,,Bu Sari,,',
      '2026-03-03,stok,50000,,,,,,,,',
    ].join('\n');
    const result = await importText(db, t.book.id, text);
    if (result.ok) expect.fail('the file was accepted');
    await loadMessages('data');
    const i18n = makeI18n('id');
    expect(result.errors.map((e) => csvErrorText(e, i18n))).toEqual([
      'Baris 3, kolom jumlah: Lebih besar dari utang Bu Sari pada 2026-03-02, yaitu Rp 60.000.',
    ]);
    expect(await dumpTables(db)).toEqual(before);
  });

  it('refuses a collection in a second file beyond what the book already says is owed', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const head = 'tanggal,jenis,jumlah,kategori,kelompok,akun,akun_tujuan,catatan,kontak,dibayar,jatuh_tempo';
    const first = await importText(
      db,
      t.book.id,
      `${head}\n2026-03-01,masuk,100000,Penjualan,,Kas,,,Bu Sari,0,\n`,
    );
    if (!first.ok || !('written' in first)) expect.fail(JSON.stringify(first));
    unwrap(first.written);
    const second = await importText(
      db,
      t.book.id,
      `${head}\n2026-03-05,terima_piutang,120000,,,,,,bu sari,,\n`,
    );
    if (second.ok) expect.fail('the second file was accepted');
    expect(second.errors).toEqual([
      expect.objectContaining({
        row: 2,
        code: 'csv.settlement.overdrawn',
        params: expect.objectContaining({ owed: 'Rp 100.000' }),
      }),
    ]);
    const third = await importText(
      db,
      t.book.id,
      `${head}\n2026-03-05,terima_piutang,100000,,,,,,bu sari,,\n`,
    );
    if (!third.ok || !('written' in third)) expect.fail(JSON.stringify(third));
    unwrap(third.written);
    expect((await creditOverview(db, t.book.id, '2026-03-05')).receivable.total).toBe(0);
  });
});
