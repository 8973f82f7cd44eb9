import { describe, expect, it } from 'vitest';
import { tenunStatement } from '../support/domain/credit-statement-fixture';
import { readStatementWorkbook } from '../support/domain/statement-workbook';

const statement = tenunStatement({ from: '2026-02-01', to: '2026-02-28' }, { showContactNames: true });
const { workbook, rows, beside } = readStatementWorkbook(statement);

describe('the /2 statement XLSX, read back by an independent reader', () => {
  it('adds the position and the debts sheets after the /1 ones', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Ringkasan',
      'Bulanan',
      'Catatan',
      'Pindah dana',
      'Posisi keuangan',
      'Piutang dan utang',
    ]);
  });

  it('holds both positions side by side and the three lines of HPP as numbers', () => {
    const { opening, closing } = statement.position;
    expect(beside('Posisi keuangan', 'Piutang usaha')).toEqual([opening.receivables, closing.receivables]);
    expect(beside('Posisi keuangan', 'Total aset')).toEqual([opening.totalAssets, closing.totalAssets]);
    expect(beside('Posisi keuangan', 'Total ekuitas')).toEqual([opening.totalEquity, closing.totalEquity]);
    expect(beside('Posisi keuangan', 'Persediaan akhir')).toEqual([statement.profitAndLoss.closingInventory]);
  });

  it('lists the stock counts used and the CALK', () => {
    const sheet = rows('Posisi keuangan');
    const values = statement.stockCounts.map((c) => c.value);
    expect(sheet.filter((row) => row[0] instanceof Date).map((row) => row[1])).toEqual(
      expect.arrayContaining(values),
    );
    expect(sheet.some((row) => String(row[1]).includes('SAK EMKM'))).toBe(true);
  });

  it('holds the aging of both sides, the carried items and the settlements', () => {
    const r = statement.receivables;
    const p = statement.payables;
    expect(beside('Piutang dan utang', 'Belum jatuh tempo')).toEqual([r.aging.notDue, p.aging.notDue]);
    expect(beside('Piutang dan utang', 'Lewat 1–30 hari')).toEqual([r.aging.days1to30, p.aging.days1to30]);
    expect(beside('Piutang dan utang', 'Menurut umur')).toEqual([r.total, p.total]);
    const sheet = rows('Piutang dan utang');
    for (const item of statement.carried)
      expect(sheet).toContainEqual(expect.arrayContaining([item.contact, item.remaining]));
    for (const s of statement.settlements)
      expect(sheet).toContainEqual(expect.arrayContaining([s.contact, s.amount, s.account]));
  });
});
