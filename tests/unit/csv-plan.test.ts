import { describe, expect, it } from 'vitest';
import { parseImportCsv, planImport, type CsvError, type ImportPlan } from '../../src/domain/csv';
import { rollUp } from '../../src/domain/daily-rollups';
import { buildReport } from '../../src/domain/reports';
import { applyPlan, newBook } from '../support/domain/book';

const HEADER = 'tanggal,jenis,jumlah,kategori,kelompok,akun,akun_tujuan,catatan';

function plan(...lines: string[]) {
  const parsed = parseImportCsv([HEADER, ...lines].join('\n'));
  if (!parsed.ok) throw new Error(`does not parse: ${JSON.stringify(parsed.errors)}`);
  const book = newBook();
  return { book, result: planImport(parsed.rows, book) };
}
const planOf = (...lines: string[]): ImportPlan => {
  const { result } = plan(...lines);
  if (!result.ok) throw new Error(`does not plan: ${JSON.stringify(result.errors)}`);
  return result.plan;
};
const errorsOf = (...lines: string[]): CsvError[] => {
  const { result } = plan(...lines);
  if (result.ok) throw new Error('expected the plan to be refused');
  return result.errors;
};
const found = (errors: CsvError[]) => errors.map((e) => [e.row, e.column, e.code]);

describe('planImport', () => {
  it('imports an Excel export with the right totals', () => {
    const text =
      '\uFEFFdate;type;amount;category;kind;account;to_account;note\r\n' +
      '01/03/2026;in;Rp 1.250.000;penjualan;;;;"jual beras; 10 kg"\r\n' +
      '01/03/2026;in;Rp 750.000;Penjualan;;QRIS;;\r\n' +
      '2/3/2026;out;Rp 400.000,00;Kulakan;hpp;kas;;\r\n' +
      '3/3/2026;out;Rp 100.000;Prive;;;;dapur\r\n' +
      '3/3/2026;transfer;Rp 500.000;;;QRIS;Bank BRI;\r\n';
    const parsed = parseImportCsv(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const book = newBook();
    const result = planImport(parsed.rows, book);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const p = result.plan;
    expect(p.counts).toEqual({ rows: 5, entries: 4, transfers: 1, newCategories: 1, newAccounts: 2 });
    expect(p.newCategories).toEqual([{ name: 'Kulakan', kind: 'hpp' }]);
    expect(p.newAccounts).toEqual([
      { name: 'QRIS', type: 'ewallet' },
      { name: 'Bank BRI', type: 'bank' },
    ]);
    expect(p.entries[0]).toMatchObject({ categoryName: 'Penjualan', kind: 'pendapatan', accountName: 'Kas' });
    expect(p.entries[2]).toMatchObject({ accountName: 'Kas', direction: 'out' });
    expect(p.totalsByKind).toMatchObject({ pendapatan: 2_000_000, hpp: 400_000, prive: 100_000, beban: 0 });

    const { categories, accounts, entries, transfers, kindOf } = applyPlan(book, p);
    const rolled = rollUp(entries, transfers, kindOf);
    const report = buildReport({
      from: '2026-03-01',
      to: '2026-03-31',
      totals: rolled.daily,
      transfers: rolled.transfers,
      categories,
      accounts,
    });
    expect(report.profitAndLoss).toMatchObject({ revenue: 2_000_000, cogs: 400_000, netProfit: 1_600_000 });
    expect(report.cashFlow).toMatchObject({
      openingBalance: 0,
      operating: 1_600_000,
      financing: -100_000,
      closingBalance: 1_500_000,
    });
    expect(report.cashFlow.accounts.map((a) => [a.name, a.balance])).toEqual([
      ['Kas', 750_000],
      ['QRIS', 250_000],
      ['Bank BRI', 500_000],
    ]);
  });

  it('creates new categories with the given kind, or pendapatan / beban by direction', () => {
    const p = planOf(
      '2026-01-01,masuk,1000,Titipan,,,,',
      '2026-01-01,keluar,1000,Parkir,,,,',
      '2026-01-02,keluar,1000,Kulakan,,,,',
      '2026-01-03,keluar,1000,kulakan,hpp,,,',
      '2026-01-04,masuk,1000,Pinjaman CU,pinjaman_masuk,,,',
    );
    expect(p.newCategories).toEqual([
      { name: 'Titipan', kind: 'pendapatan' },
      { name: 'Parkir', kind: 'beban' },
      { name: 'Kulakan', kind: 'hpp' },
      { name: 'Pinjaman CU', kind: 'pinjaman_masuk' },
    ]);
    expect(p.entries.map((e) => [e.categoryName, e.kind])).toEqual([
      ['Titipan', 'pendapatan'],
      ['Parkir', 'beban'],
      ['Kulakan', 'hpp'],
      ['Kulakan', 'hpp'],
      ['Pinjaman CU', 'pinjaman_masuk'],
    ]);
  });

  it('uses the book’s spelling for categories and accounts it already has', () => {
    const p = planOf(
      '2026-01-01,keluar,1000,BUNGA PINJAMAN,beban_lain,KAS,,',
      '2026-01-01,pindah,1000,,,kas,gopay,',
    );
    expect(p.newCategories).toEqual([]);
    expect(p.entries[0]).toMatchObject({
      categoryName: 'Bunga pinjaman',
      kind: 'beban_lain',
      accountName: 'Kas',
    });
    expect(p.transfers[0]).toMatchObject({ fromAccountName: 'Kas', toAccountName: 'gopay' });
    expect(p.newAccounts).toEqual([{ name: 'gopay', type: 'ewallet' }]);
  });

  it('refuses an entry whose direction differs from its category’s kind', () => {
    expect(found(errorsOf('2026-01-01,keluar,1000,Penjualan,,,,'))).toEqual([
      [2, 'kategori', 'csv.kind.direction'],
    ]);
    expect(errorsOf('2026-01-01,masuk,1000,Titipan,,,,', '2026-01-02,keluar,1000,titipan,,,,')).toEqual([
      {
        row: 3,
        column: 'kategori',
        code: 'csv.kind.direction',
        params: { value: 'titipan', category: 'Titipan', kind: 'pendapatan' },
      },
    ]);
  });

  it('refuses a kelompok that contradicts an existing category or the file itself', () => {
    expect(found(errorsOf('2026-01-01,masuk,1000,Penjualan,pendapatan_lain,,,'))).toEqual([
      [2, 'kelompok', 'csv.kind.mismatch'],
    ]);
    expect(
      found(
        errorsOf('2026-01-01,keluar,1000,Freezer,beli_aset,,,', '2026-01-02,keluar,1000,Freezer,beban,,,'),
      ),
    ).toEqual([[3, 'kelompok', 'csv.kind.conflict']]);
  });

  it('lists every contradicting row', () => {
    expect(
      found(
        errorsOf(
          '2026-01-01,keluar,1000,Penjualan,,,,',
          '2026-01-02,masuk,1000,Penjualan,,,,',
          '2026-01-03,masuk,1000,Prive,,,,',
          '2026-01-04,keluar,1000,Gaji,hpp,,,',
        ),
      ),
    ).toEqual([
      [2, 'kategori', 'csv.kind.direction'],
      [4, 'kategori', 'csv.kind.direction'],
      [5, 'kelompok', 'csv.kind.mismatch'],
    ]);
  });
});
