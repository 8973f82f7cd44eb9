import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_ERROR_CODES, parseImportCsv, type CsvError, type ParsedRow } from '../../src/domain/csv';

const HEADER = 'tanggal,jenis,jumlah,kategori,kelompok,akun,akun_tujuan,catatan';
const csv = (...lines: string[]) => [HEADER, ...lines].join('\n');

const rowsOf = (text: string): ParsedRow[] => {
  const result = parseImportCsv(text);
  if (!result.ok) throw new Error(`expected rows, got ${JSON.stringify(result.errors)}`);
  return result.rows;
};
const errorsOf = (text: string): CsvError[] => {
  const result = parseImportCsv(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
};
const found = (errors: CsvError[]) => errors.map((e) => [e.row, e.column, e.code]);

describe('parseImportCsv reads the files people actually have', () => {
  it('takes Excel’s Indonesian export: BOM, semicolons, CRLF, DD/MM/YYYY, Rp amounts, English headers', () => {
    const text =
      '\uFEFFDate;Type;Amount;Category;Kind;Account;To_Account;Note;Extra\r\n' +
      '05/01/2026;in;Rp 1.250.000;Penjualan;;;;jual beras;x\r\n' +
      '6/1/2026;out;IDR 250.000,00;Belanja stok;hpp;Kas;;kulakan;\r\n' +
      '07/01/2026;transfer;1 000 000;;;Kas;BRI;setor;\r\n';
    expect(rowsOf(text)).toEqual([
      {
        line: 2,
        date: '2026-01-05',
        type: 'in',
        amount: 1_250_000,
        category: 'Penjualan',
        account: 'Kas',
        note: 'jual beras',
      },
      {
        line: 3,
        date: '2026-01-06',
        type: 'out',
        amount: 250_000,
        category: 'Belanja stok',
        kind: 'hpp',
        account: 'Kas',
        note: 'kulakan',
      },
      {
        line: 4,
        date: '2026-01-07',
        type: 'transfer',
        amount: 1_000_000,
        account: 'Kas',
        toAccount: 'BRI',
        note: 'setor',
      },
    ]);
  });

  it('accepts headers and values in any letter case, in any column order', () => {
    const text = 'CATATAN,Jumlah,JENIS,Tanggal,Kategori\n"nota 1",5000,MASUK,2026-02-01,penjualan\n';
    expect(rowsOf(text)).toEqual([
      {
        line: 2,
        date: '2026-02-01',
        type: 'in',
        amount: 5000,
        category: 'penjualan',
        account: 'Kas',
        note: 'nota 1',
      },
    ]);
  });

  it('keeps commas, quotes and line breaks (as written) inside quoted notes, and counts lines across them', () => {
    const text = csv(
      '2026-01-01,masuk,1000,Penjualan,,Kas,,"kopi, gula, ""teh"""',
      '2026-01-02,masuk,2000,Penjualan,,Kas,,"baris satu\r\nbaris dua\nbaris tiga"',
      '2026-01-03,masuk,3000,Penjualan,,Kas,,biasa',
      '2026-01-03,masuk,abc,Penjualan,,Kas,,salah',
    );
    const result = parseImportCsv(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : found(result.errors)).toEqual([[7, 'jumlah', 'csv.amount.invalid']]);
    const rows = rowsOf(text.split('\n').slice(0, -1).join('\n'));
    expect(rows.map((r) => [r.line, r.note])).toEqual([
      [2, 'kopi, gula, "teh"'],
      [3, 'baris satu\r\nbaris dua\nbaris tiga'],
      [6, 'biasa'],
    ]);
  });

  it('skips blank lines without losing count of the line numbers', () => {
    const errors = errorsOf(
      csv('', '2026-01-01,masuk,1000,Penjualan,,,,', '', '', '2026-01-02,masuk,0,Penjualan,,,,', ''),
    );
    expect(found(errors)).toEqual([[6, 'jumlah', 'csv.amount.zero']]);
  });

  it('defaults the account to Kas and tidies the spaces in names, not in notes', () => {
    expect(rowsOf(csv('2026-01-01,keluar,5000,  Biaya   lain ,,,,  ')).at(0)).toMatchObject({
      category: 'Biaya lain',
      account: 'Kas',
      note: '  ',
    });
  });

  it('reads any valid row back exactly, whatever the separator, line ending and quoting', () => {
    const noteChar = fc.constantFrom('a', 'Z', ' ', ',', ';', '"', '\n', '\r\n', 'é', '\t', '7');
    const row = fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      type: fc.constantFrom('masuk', 'keluar', 'pindah'),
      amount: fc.integer({ min: 1, max: 999_999_999_999 }),
      note: fc.array(noteChar, { maxLength: 20 }).map((cs) => cs.join('')),
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 15 }),
        fc.constantFrom(',', ';'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (rows, sep, eol, bom) => {
          const quote = (cell: string) => (/[",;\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
          const lines = rows.map((r) =>
            [
              `2026-03-${String(r.day).padStart(2, '0')}`,
              r.type,
              String(r.amount),
              r.type === 'pindah' ? '' : 'Penjualan',
              '',
              'Kas',
              r.type === 'pindah' ? 'BRI' : '',
              r.note,
            ]
              .map(quote)
              .join(sep),
          );
          const text = (bom ? '\uFEFF' : '') + [HEADER.replaceAll(',', sep), ...lines].join(eol) + eol;
          let line = 2;
          const expected = rows.map((r, i) => {
            const at = line;
            line += (lines[i] ?? '').split('\n').length;
            return { line: at, amount: r.amount, note: r.note };
          });
          expect(rowsOf(text).map((r) => ({ line: r.line, amount: r.amount, note: r.note }))).toEqual(
            expected,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('parseImportCsv refuses bad files with the line and the reason', () => {
  it.each([
    ['impossible day', '31/02/2026,masuk,1000,Penjualan,,,,', 'tanggal', 'csv.date.invalid'],
    ['impossible ISO day', '2026-02-29,masuk,1000,Penjualan,,,,', 'tanggal', 'csv.date.invalid'],
    ['date in another format', '2026/02/01,masuk,1000,Penjualan,,,,', 'tanggal', 'csv.date.format'],
    ['month first', '02-01-2026,masuk,1000,Penjualan,,,,', 'tanggal', 'csv.date.format'],
    ['no date', ',masuk,1000,Penjualan,,,,', 'tanggal', 'csv.date.missing'],
    ['zero amount', '2026-02-01,masuk,0,Penjualan,,,,', 'jumlah', 'csv.amount.zero'],
    ['negative amount', '2026-02-01,masuk,-5000,Penjualan,,,,', 'jumlah', 'csv.amount.negative'],
    ['fraction', '2026-02-01,masuk,"1.250,50",Penjualan,,,,', 'jumlah', 'csv.amount.fraction'],
    ['decimal point', '2026-02-01,masuk,12.5,Penjualan,,,,', 'jumlah', 'csv.amount.fraction'],
    ['huge amount', '2026-02-01,masuk,99999999999999999,Penjualan,,,,', 'jumlah', 'csv.amount.tooLarge'],
    ['words for an amount', '2026-02-01,masuk,seribu,Penjualan,,,,', 'jumlah', 'csv.amount.invalid'],
    ['no amount', '2026-02-01,masuk,,Penjualan,,,,', 'jumlah', 'csv.amount.missing'],
    ['unknown type', '2026-02-01,jual,1000,Penjualan,,,,', 'jenis', 'csv.type.unknown'],
    ['no type', '2026-02-01,,1000,Penjualan,,,,', 'jenis', 'csv.type.missing'],
    ['unknown kind', '2026-02-01,masuk,1000,Komisi,komisi,,,', 'kelompok', 'csv.kind.unknown'],
    ['kind against direction', '2026-02-01,masuk,1000,Kulakan,hpp,,,', 'kelompok', 'csv.kind.direction'],
    ['no category', '2026-02-01,keluar,1000,,,,,', 'kategori', 'csv.category.missing'],
    [
      'transfer with nowhere to go',
      '2026-02-01,pindah,1000,,,Kas,,',
      'akun_tujuan',
      'csv.transfer.toMissing',
    ],
    [
      'transfer to the same account',
      '2026-02-01,pindah,1000,,,Kas,kas,',
      'akun_tujuan',
      'csv.transfer.sameAccount',
    ],
    [
      'transfer from Kas by default to Kas',
      '2026-02-01,pindah,1000,,,,KAS,',
      'akun_tujuan',
      'csv.transfer.sameAccount',
    ],
    ['note too long', `2026-02-01,masuk,1000,Penjualan,,,,${'x'.repeat(501)}`, 'catatan', 'csv.note.tooLong'],
    [
      'category name too long',
      `2026-02-01,masuk,1000,${'k'.repeat(61)},,,,`,
      'kategori',
      'csv.category.tooLong',
    ],
    [
      'unquoted separator in a note',
      '2026-02-01,masuk,1000,Penjualan,,Kas,,kopi, gula',
      null,
      'csv.fields.tooMany',
    ],
  ])('%s', (_, line, column, code) => {
    expect(found(errorsOf(csv('2026-01-31,masuk,1000,Penjualan,,,,ok', line)))).toEqual([[3, column, code]]);
  });

  it('accepts a note of exactly 500 characters', () => {
    expect(rowsOf(csv(`2026-02-01,masuk,1000,Penjualan,,,,${'x'.repeat(500)}`))[0]?.note).toHaveLength(500);
  });

  it('lists every bad row and every bad cell, top to bottom', () => {
    const errors = errorsOf(
      csv(
        '2026-01-01,masuk,1000,Penjualan,,,,ok',
        '2026-13-01,masuk,1000,Penjualan,,,,bulan 13',
        '2026-01-02,masuk,-1,Penjualan,,,,"minus',
        'di dua baris"',
        '2026-01-03,pinjam,1000,Penjualan,,,,',
        '32/01/2026,masuk,0,,bunga,,,',
      ),
    );
    expect(found(errors)).toEqual([
      [3, 'tanggal', 'csv.date.invalid'],
      [4, 'jumlah', 'csv.amount.negative'],
      [6, 'jenis', 'csv.type.unknown'],
      [7, 'tanggal', 'csv.date.invalid'],
      [7, 'jumlah', 'csv.amount.zero'],
      [7, 'kategori', 'csv.category.missing'],
      [7, 'kelompok', 'csv.kind.unknown'],
    ]);
    expect(errors[0]?.params).toEqual({ value: '2026-13-01' });
  });

  it('names the missing required columns in one error on line 1', () => {
    expect(errorsOf('tanggal,kategori,catatan\n2026-01-01,Penjualan,x\n')).toEqual([
      { row: 1, column: null, code: 'csv.header.missing', params: { columns: 'jenis, jumlah' } },
    ]);
  });

  it('refuses a column given twice', () => {
    expect(found(errorsOf('tanggal,date,jenis,jumlah\n2026-01-01,2026-01-01,masuk,5\n'))).toEqual([
      [1, 'tanggal', 'csv.header.duplicate'],
    ]);
  });

  it('refuses broken quoting at the line where the record starts', () => {
    expect(
      found(
        errorsOf(
          csv(
            '2026-01-01,masuk,1000,Penjualan,,,,ok',
            '2026-01-02,masuk,1000,Penjualan,,,,"tidak ditutup',
            '2026-01-03,masuk,1000,Penjualan,,,,x',
          ),
        ),
      ),
    ).toEqual([[3, null, 'csv.quote']]);
    expect(found(errorsOf(csv('2026-01-02,masuk,1000,Penjualan,,,,"salah"tutup')))).toEqual([
      [2, null, 'csv.quote'],
    ]);
  });

  it('refuses empty files, files without rows, binary junk and text that is not UTF-8', () => {
    expect(errorsOf('')).toEqual([{ row: 1, column: null, code: 'csv.empty' }]);
    expect(errorsOf('\uFEFF \r\n\r\n')).toEqual([{ row: 1, column: null, code: 'csv.empty' }]);
    expect(found(errorsOf(`${HEADER}\r\n\r\n`))).toEqual([[1, null, 'csv.noRows']]);
    expect(found(errorsOf('PK\u0003\u0004\u0014\u0000\u0006\u0000xl/workbook.xml'))).toEqual([
      [1, null, 'csv.binary'],
    ]);
    expect(found(errorsOf(csv('2026-01-01,masuk,1000,Penjualan,,,,caf\uFFFD')))).toEqual([
      [2, null, 'csv.encoding'],
    ]);
  });

  it('uses only codes the UI has messages for', () => {
    expect(new Set(CSV_ERROR_CODES).size).toBe(CSV_ERROR_CODES.length);
    for (const code of CSV_ERROR_CODES) expect(code).toMatch(/^csv\.[a-zA-Z]+(\.[a-zA-Z]+)?$/);
  });
});
