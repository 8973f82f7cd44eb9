import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseImportCsv, planImport } from '../../src/domain/csv';
import { csvFileName, entriesToCsv } from '../../src/domain/csv/export';
import { protectCell, unprotectCell } from '../../src/domain/csv/export-cell';
import type { Entry, Transfer } from '../../src/domain/model';

const book = {
  categories: [
    { id: 'c-sale', name: 'Penjualan', kind: 'pendapatan' as const },
    { id: 'c-formula', name: '=Biaya', kind: 'beban' as const },
    { id: 'c-capital', name: 'Setoran modal', kind: 'modal' as const },
  ],
  accounts: [
    { id: 'a-kas', name: 'Kas' },
    { id: 'a-bri', name: '@BRI' },
  ],
};

const entry = (overrides: Partial<Entry>): Entry => ({
  id: 'e1',
  bookId: 'b',
  date: '2026-03-02',
  direction: 'in',
  amount: 25_000,
  categoryId: 'c-sale',
  accountId: 'a-kas',
  note: '',
  counterparty: '',
  recordedAt: '2026-03-02T01:00:00.000Z',
  updatedAt: '2026-03-02T01:00:00.000Z',
  source: 'app',
  voided: false,
  ...overrides,
});

const transfer: Transfer = {
  id: 't1',
  bookId: 'b',
  date: '2026-03-01',
  amount: 100_000,
  fromAccountId: 'a-kas',
  toAccountId: 'a-bri',
  note: 'setor, "tunai"',
  recordedAt: '2026-03-01T01:00:00.000Z',
  updatedAt: '2026-03-01T01:00:00.000Z',
  source: 'app',
  voided: false,
};

describe('protectCell and unprotectCell', () => {
  it('guard every text a spreadsheet would run, and give every text back unchanged', () => {
    expect(protectCell('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    for (const start of ['=', '+', '-', '@', '\t', '\r', "'"])
      expect(protectCell(`${start}1`)).toBe(`'${start}1`);
    expect(protectCell('jual kopi')).toBe('jual kopi');
    expect(unprotectCell("'hari ini")).toBe("'hari ini");
    fc.assert(fc.property(fc.string(), (text) => unprotectCell(protectCell(text)) === text));
  });
});

describe('entriesToCsv', () => {
  const entries = [
    entry({ id: 'e2', note: '=SUM(A1:A9)', amount: 1_250_000, recordedAt: '2026-03-02T02:00:00.000Z' }),
    entry({ id: 'e1', note: '-50% diskon' }),
    entry({
      id: 'e3',
      direction: 'out',
      categoryId: 'c-formula',
      accountId: 'a-bri',
      amount: 7_000,
      note: '+62 812',
      recordedAt: '2026-03-02T03:00:00.000Z',
    }),
    entry({ id: 'e4', note: 'dibatalkan', voided: true }),
  ];

  it('writes the import format with guarded text cells and plain integer amounts, voided rows left out', () => {
    const csv = entriesToCsv(entries, [transfer], book);
    expect(csv.startsWith('\uFEFFtanggal,jenis,jumlah,kategori,kelompok,akun,akun_tujuan,catatan\r\n')).toBe(
      true,
    );
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      `2026-03-01,pindah,100000,,,Kas,'@BRI,"setor, ""tunai"""`,
      `2026-03-02,masuk,25000,Penjualan,pendapatan,Kas,,'-50% diskon`,
      `2026-03-02,masuk,1250000,Penjualan,pendapatan,Kas,,'=SUM(A1:A9)`,
      `2026-03-02,keluar,7000,'=Biaya,beban,'@BRI,,'+62 812`,
    ]);
    expect(csv).not.toContain('dibatalkan');
  });

  it('imports back into the same rows, notes and names included', () => {
    const parsed = parseImportCsv(entriesToCsv(entries, [transfer], book));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const planned = planImport(parsed.rows, { categories: [], accounts: [] });
    if (!planned.ok) throw new Error(JSON.stringify(planned.errors));
    const { plan } = planned;
    expect(
      plan.entries.map((e) => [e.date, e.direction, e.amount, e.categoryName, e.kind, e.accountName, e.note]),
    ).toEqual([
      ['2026-03-02', 'in', 25_000, 'Penjualan', 'pendapatan', 'Kas', '-50% diskon'],
      ['2026-03-02', 'in', 1_250_000, 'Penjualan', 'pendapatan', 'Kas', '=SUM(A1:A9)'],
      ['2026-03-02', 'out', 7_000, '=Biaya', 'beban', '@BRI', '+62 812'],
    ]);
    expect(plan.transfers.map((t) => [t.fromAccountName, t.toAccountName, t.note])).toEqual([
      ['Kas', '@BRI', 'setor, "tunai"'],
    ]);
  });

  it('round-trips any note a member can type', () => {
    // The form's input: trimmed single-line text (csv-note-roundtrip.test.ts covers every other note).
    const note = fc
      .string({ unit: 'grapheme', maxLength: 120 })
      // eslint-disable-next-line no-control-regex -- the reader refuses control characters as binary junk
      .map((s) => s.replace(/[\u0000-\u001f\u007f\ufffd]/g, ' ').trim());
    fc.assert(
      fc.property(fc.array(note, { minLength: 1, maxLength: 8 }), (notes) => {
        const rows = notes.map((n, i) =>
          entry({ id: `e${i}`, note: n, recordedAt: `2026-03-02T0${i}:00:00.000Z` }),
        );
        const parsed = parseImportCsv(entriesToCsv(rows, [], book));
        if (!parsed.ok) return false;
        expect(parsed.rows.map((r) => r.note)).toEqual(notes);
        return true;
      }),
    );
  });

  it('names the file after the book and the period', () => {
    expect(csvFileName('Warung Bu Maria!', '2026-03-01', '2026-03-31')).toBe(
      'lumbung-warung-bu-maria-2026-03-01_2026-03-31.csv',
    );
    expect(csvFileName('☺', '2026-01-01', '2026-01-31')).toBe('lumbung-buku-2026-01-01_2026-01-31.csv');
  });
});
