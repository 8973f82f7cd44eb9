import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/domain/statement';
import { fixtureStatement } from '../support/domain/statement-fixture';
import { readStatementWorkbook } from '../support/domain/statement-workbook';

const statement: Statement = fixtureStatement({ from: '2026-03-01', to: '2026-04-30' });
const { workbook, rows, beside } = readStatementWorkbook(statement);

/** The number beside a label in the summary sheet. */
function summaryValue(label: string): unknown {
  return beside('Ringkasan', label)?.[0];
}

describe('the statement XLSX, read back by an independent reader', () => {
  it('has the summary, months, entries and transfers sheets', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Ringkasan',
      'Bulanan',
      'Catatan',
      'Pindah dana',
    ]);
  });

  it('holds the summary figures as real numbers', () => {
    expect(summaryValue('Pendapatan usaha')).toBe(statement.profitAndLoss.revenue);
    expect(summaryValue('Laba bersih')).toBe(statement.profitAndLoss.netProfit);
    expect(summaryValue('Saldo akhir')).toBe(statement.cashFlow.closingBalance);
    expect(summaryValue('RPC')).toBe(statement.repaymentCapacity.rpc);
    for (const account of statement.cashFlow.accounts)
      expect(summaryValue(account.name)).toBe(account.balance);
  });

  it('holds one row per month with the same figures', () => {
    const [head, ...body] = rows('Bulanan');
    expect(head?.[0]).toBe('Bulan');
    expect(body).toEqual(
      statement.months.map((m) => [
        new Date(`${m.month}-01T00:00:00Z`),
        m.revenue,
        m.cogs,
        m.grossProfit,
        m.operatingExpenses,
        m.otherIncome,
        m.otherExpenses,
        m.netProfit,
        m.cashIn,
        m.cashOut,
        m.closingBalance,
      ]),
    );
  });

  it('holds every entry and transfer, amounts adding up to the statement’s', () => {
    const entries = rows('Catatan').slice(1);
    expect(entries).toHaveLength(statement.entries.length);
    const sum = (list: unknown[][], column: number) => list.reduce((n, row) => n + Number(row[column]), 0);
    expect(sum(entries, 2)).toBe(statement.entries.reduce((n, e) => n + e.amount, 0));
    expect(rows('Pindah dana').slice(1)).toHaveLength(statement.transfers.length);
  });

  it('writes Dibuat on the book’s clock, its zone named, not in UTC', () => {
    // Made at 02:00 UTC; the fixture book keeps Asia/Makassar time (WITA, UTC+8).
    expect(summaryValue('Dibuat')).toBe('5 Juli 2026 pukul 10.00 WITA');
  });

  it('holds dates as date cells an officer can sort and filter', () => {
    expect(summaryValue('Dari')).toEqual(new Date('2026-03-01T00:00:00Z'));
    const [, ...entries] = rows('Catatan');
    const dates = entries.map((row) => row[0]);
    expect(dates.every((d) => d instanceof Date)).toBe(true);
    expect(dates.map((d) => (d as Date).toISOString().slice(0, 10))).toEqual(
      statement.entries.map((e) => e.date),
    );
    const sheet = workbook.getWorksheet('Catatan');
    expect(sheet?.getCell('A2').numFmt).toBe('dd/mm/yyyy');
    // Recorded at is the book's wall clock too: 8 hours ahead of the UTC instant in WITA.
    const utc = Date.parse(statement.entries[0]?.recordedAt ?? '');
    const recorded = entries[0]?.[7] as Date;
    expect(recorded.getTime()).toBe(Math.floor(utc / 60_000) * 60_000 + 8 * 3_600_000);
  });

  it('names each entry’s group in words, not by its code', () => {
    const kinds = new Set(
      rows('Catatan')
        .slice(1)
        .map((row) => row[3]),
    );
    expect(kinds).toContain('Harga pokok penjualan (HPP)');
    for (const code of ['hpp', 'pendapatan', 'beban']) expect(kinds).not.toContain(code);
  });
});
