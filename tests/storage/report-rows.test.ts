import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../../src/domain/dates';
import { buildReport } from '../../src/domain/reports';
import {
  checkRollups,
  createBook,
  dailyTotalsInRange,
  homeSummary,
  listAccounts,
  listCategories,
  reportInput,
  reportRows,
  transferTotalsInRange,
  type LumbungDb,
} from '../../src/storage';
import { freshDb, MARIA, unwrap } from '../support/storage/db';
import { expectedFixture } from '../support/fixture';
import { importCsvFixture } from '../support/storage/fixture-book';

const expected = expectedFixture();

/** Warung Maria's half year, loaded through the CSV parser, planImport and importBatch. */
async function mariaBook(): Promise<{ db: LumbungDb; bookId: string }> {
  const db = freshDb();
  const book = unwrap(await createBook(db, MARIA));
  // A second book in the same database: its rollups must never leak into Maria's figures.
  const other = unwrap(await createBook(db, { ...MARIA, name: 'Kios lain' }));
  await importCsvFixture(db, book.id, 'warung-maria-2026h1.csv');
  await importCsvFixture(db, other.id, 'warung-maria-2026h1.csv');
  return { db, bookId: book.id };
}

/** The report storage computes from bounded reads (monthly and daily rollups). */
async function storageReport(db: LumbungDb, bookId: string, from: string, to: string) {
  const [rows, categories, accounts] = await Promise.all([
    reportRows(db, bookId, from, to),
    listCategories(db, bookId),
    listAccounts(db, bookId),
  ]);
  return buildReport({ from, to, ...rows, categories, accounts });
}

/** The same report from every daily rollup up to `to` (the unbounded reference path). */
async function dailyReport(db: LumbungDb, bookId: string, from: string, to: string) {
  const [totals, transfers, categories, accounts] = await Promise.all([
    dailyTotalsInRange(db, bookId, '1900-01-01', to),
    transferTotalsInRange(db, bookId, '1900-01-01', to),
    listCategories(db, bookId),
    listAccounts(db, bookId),
  ]);
  return buildReport({ from, to, totals, transfers, categories, accounts });
}

describe('reports fed by storage, Warung Maria imported from CSV', () => {
  let db: LumbungDb;
  let bookId: string;
  beforeAll(async () => {
    ({ db, bookId } = await mariaBook());
  });

  it('keeps every rollup exact after the import', async () => {
    expect(await checkRollups(db, bookId)).toEqual([]);
  });

  for (const statement of expected.statements) {
    const { from, to } = statement.period;
    it(`shows the expected figures for ${from}..${to}`, async () => {
      const report = await storageReport(db, bookId, from, to);
      const { byCategory, ...profitAndLoss } = report.profitAndLoss;
      expect(profitAndLoss).toEqual(statement.profitAndLoss);
      expect(byCategory.reduce((sum, line) => sum + line.amount, 0)).toBe(
        profitAndLoss.revenue +
          profitAndLoss.cogs +
          profitAndLoss.operatingExpenses +
          profitAndLoss.otherIncome +
          profitAndLoss.otherExpenses,
      );
      const { accounts: balances, ...cashFlow } = report.cashFlow;
      const { accounts: expectedBalances, ...expectedCashFlow } = statement.cashFlow;
      expect(cashFlow).toEqual(expectedCashFlow);
      expect(Object.fromEntries(balances.map((a) => [a.name, a.balance]))).toEqual(expectedBalances);
      const months = report.months.map(
        ({ prive: _p, angsuranPokok: _a, purchases: _b, closingInventory: _s, ...month }) => month,
      );
      expect(months).toEqual(statement.months);
      // No stock was counted: every purchase is HPP, and no stock is left.
      expect(report.months.map((m) => [m.purchases, m.closingInventory])).toEqual(
        statement.months.map((m) => [m.cogs, 0]),
      );
      expect(report.byKind).toEqual(statement.byKind);
      expect(report.counts).toEqual({ entries: statement.entries, transfers: statement.transfers });
    });
  }

  it('reads the same rows, categories and accounts in one transaction as in three', async () => {
    for (const { period } of expected.statements) {
      const [together, rows, categories, accounts] = await Promise.all([
        reportInput(db, bookId, period.from, period.to),
        reportRows(db, bookId, period.from, period.to),
        listCategories(db, bookId),
        listAccounts(db, bookId),
      ]);
      expect(together).toEqual({ ...rows, categories, accounts });
    }
  });

  it('shows the closing balances on the home screen, read the same bounded way', async () => {
    const [half] = expected.statements;
    const summary = await homeSummary(db, bookId, '2026-06-30');
    expect(Object.fromEntries(summary.balances.map((b) => [b.name, b.balance]))).toEqual(
      half?.cashFlow.accounts,
    );
    expect(summary.total).toBe(half?.cashFlow.closingBalance);
  });

  it('reads whole months as one row per category and account, and what lies before as one amount per account', async () => {
    const rows = await reportRows(db, bookId, '2026-02-01', '2026-06-30');
    const daily = await dailyTotalsInRange(db, bookId, '2026-02-01', '2026-06-30');
    expect(rows.totals.every((r) => r.date.endsWith('-01'))).toBe(true);
    expect([...new Set(rows.totals.map((r) => r.date.slice(0, 7)))]).toEqual([
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(rows.totals.length * 5).toBeLessThan(daily.length);
    expect(rows.carried.map((c) => c.accountId).sort()).toEqual(
      (await listAccounts(db, bookId)).map((a) => a.id).sort(),
    );
  });

  it('gives the same report as every daily rollup would, for any period', async () => {
    const day = fc
      .integer({ min: toDayNumber('2025-12-20'), max: toDayNumber('2026-07-10') })
      .map(fromDayNumber);
    await fc.assert(
      fc.asyncProperty(day, fc.nat(200), async (from, length) => {
        const to = addDays(from, length);
        expect(await storageReport(db, bookId, from, to)).toEqual(await dailyReport(db, bookId, from, to));
      }),
      { numRuns: 40 },
    );
  });
});
