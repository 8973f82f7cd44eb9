import { describe, expect, it } from 'vitest';
import { parseImportCsv, planImport, type ImportBook } from '../../src/domain/csv';
import { normaliseWhatsApp } from '../../src/domain/credit/whatsapp';
import { newBook } from '../support/domain/book';

const HEADER = 'tanggal,jenis,jumlah,kategori,kelompok,akun,akun_tujuan,catatan,kontak,dibayar,jatuh_tempo';
const file = (...rows: string[]) => `${HEADER}\n${rows.join('\n')}\n`;

/** Parses and plans a file against a new book (and what else it is given), returning the problems. */
function problems(text: string, extra: Partial<ImportBook> = {}) {
  const parsed = parseImportCsv(text);
  if (!parsed.ok) return parsed.errors.map((e) => [e.row, e.column, e.code]);
  const planned = planImport(parsed.rows, { ...newBook(), ...extra });
  return planned.ok ? [] : planned.errors.map((e) => [e.row, e.column, e.code]);
}

describe('CSV rows of debts and stock', () => {
  it('accepts a collection that follows the sale it settles on the same day', () => {
    expect(
      problems(
        file(
          '2026-01-10,masuk,600000,Penjualan,,,,,Bu Rina,100000,',
          '2026-01-10,terima_piutang,500000,,,,,,Bu Rina,,',
        ),
      ),
    ).toEqual([]);
  });

  it('refuses a collection before the sale on the same day, or above what is owed, on its own line', () => {
    expect(
      problems(
        file(
          '2026-01-10,terima_piutang,100000,,,,,,Bu Rina,,',
          '2026-01-10,masuk,600000,Penjualan,,,,,Bu Rina,0,',
        ),
      ),
    ).toEqual([[2, 'jumlah', 'csv.settlement.overdrawn']]);
    const parsed = parseImportCsv(
      file(
        '2026-01-10,masuk,600000,Penjualan,,,,,Bu Rina,100000,',
        '2026-01-11,terima_piutang,600000,,,,,,Bu Rina,,',
      ),
    );
    if (!parsed.ok) throw new Error('does not parse');
    const planned = planImport(parsed.rows, newBook());
    expect(planned.ok ? [] : planned.errors.map((e) => e.params)).toEqual([
      { contact: 'Bu Rina', owed: 'Rp 500.000', date: '2026-01-11' },
    ]);
  });

  it('checks a settlement against what the book already says the contact owes', () => {
    const contacts = [{ id: 'k1', name: 'Bu Rina' }];
    const credit = [
      {
        date: '2026-01-02',
        contactId: 'k1',
        side: 'receivable' as const,
        credit: 300000,
        opening: 0,
        settled: 0,
      },
    ];
    expect(problems(file('2026-01-05,terima_piutang,300000,,,,,,bu rina,,'), { contacts, credit })).toEqual(
      [],
    );
    expect(problems(file('2026-01-01,terima_piutang,300000,,,,,,bu rina,,'), { contacts, credit })).toEqual([
      [2, 'jumlah', 'csv.settlement.overdrawn'],
    ]);
  });

  it('refuses credit without a contact, on a kind never on credit, paid above the amount, and a due date without debt', () => {
    expect(
      problems(
        file(
          '2026-01-10,masuk,600000,Penjualan,,,,,,100000,',
          '2026-01-10,masuk,600000,Modal,modal,,,,Pak Doni,0,',
          '2026-01-10,keluar,100000,Listrik,,,,,,200000,',
          '2026-01-10,keluar,100000,Listrik,,,,,,,2026-02-01',
          '2026-01-10,masuk,600000,Penjualan,,,,,Pak Doni,0,2026-01-09',
        ),
      ),
    ).toEqual([
      [2, 'kontak', 'csv.contact.missing'],
      [4, 'dibayar', 'csv.paid.aboveAmount'],
      [5, 'jatuh_tempo', 'csv.dueDate.withoutCredit'],
      [6, 'jatuh_tempo', 'csv.dueDate.beforeDate'],
    ]);
    expect(problems(file('2026-01-10,masuk,600000,Modal,modal,,,,Pak Doni,0,'))).toEqual([
      [2, 'dibayar', 'csv.paid.kind'],
    ]);
  });

  it('takes one count a day and one opening stock, dated first', () => {
    expect(
      problems(
        file(
          '2026-01-01,stok_awal,0,,,,,,,,',
          '2026-01-05,masuk,1000,Penjualan,,,,,,,',
          '2026-01-31,stok,900000,,,,,,,,',
          '2026-01-31,stok,800000,,,,,,,,',
          '2026-01-10,stok_awal,5000,,,,,,,,',
        ),
      ),
    ).toEqual([
      [5, 'tanggal', 'csv.stock.sameDay'],
      [6, 'tanggal', 'csv.stock.openingNotFirst'],
      [6, 'jenis', 'csv.stock.openingTwice'],
    ]);
  });

  it('reads an old file of eight columns exactly as before', () => {
    const parsed = parseImportCsv('tanggal,jenis,jumlah,kategori\n2026-01-01,masuk,1000,Penjualan\n');
    expect(parsed.ok && parsed.rows).toEqual([
      {
        line: 2,
        date: '2026-01-01',
        type: 'in',
        amount: 1000,
        category: 'Penjualan',
        account: 'Kas',
        note: '',
      },
    ]);
  });
});

describe('WhatsApp numbers', () => {
  it('keeps an Indonesian mobile number as E.164, however it was typed', () => {
    expect(['0812-3456-7890', '62 812 3456 7890', '+6281234567890'].map(normaliseWhatsApp)).toEqual([
      '+6281234567890',
      '+6281234567890',
      '+6281234567890',
    ]);
    expect(normaliseWhatsApp('')).toBe('');
  });

  it('refuses a number that is not an Indonesian mobile', () => {
    expect(['021-555-1234', '+14155550100', '0812', 'nomor saya'].map(normaliseWhatsApp)).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});
