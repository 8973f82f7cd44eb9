import { describe, expect, it } from 'vitest';
import { parseImportCsv, planImport } from '../../src/domain/csv';
import { rollUp } from '../../src/domain/daily-rollups';
import { buildRepaymentCapacity, buildReport } from '../../src/domain/reports';
import { expectedFixture, readFixture } from '../support/fixture';
import { applyPlan, newBook } from '../support/domain/book';

const expected = expectedFixture();

describe('warung Maria, January–June 2026, imported from CSV', () => {
  const parsed = parseImportCsv(readFixture('warung-maria-2026h1.csv'));
  if (!parsed.ok) throw new Error(`fixture does not parse: ${JSON.stringify(parsed.errors.slice(0, 5))}`);
  const book = newBook();
  const planned = planImport(parsed.rows, {
    categories: book.categories,
    accounts: book.accounts,
  });
  if (!planned.ok) throw new Error(`fixture does not plan: ${JSON.stringify(planned.errors.slice(0, 5))}`);
  const { categories, accounts, entries, transfers, kindOf } = applyPlan(book, planned.plan);
  const rolled = rollUp(entries, transfers, kindOf);

  it('reads every row of the file', () => {
    expect(parsed.rows).toHaveLength(expected.rows);
    expect(planned.plan.counts.rows).toBe(expected.rows);
    expect(planned.plan.newAccounts.map((a) => a.name).sort()).toEqual(['BRI', 'QRIS']);
  });

  for (const statement of expected.statements) {
    describe(`${statement.period.from}..${statement.period.to}`, () => {
      const report = buildReport({
        ...statement.period,
        totals: rolled.daily.filter((r) => r.date <= statement.period.to),
        transfers: rolled.transfers.filter((r) => r.date <= statement.period.to),
        categories,
        accounts,
      });

      it('shows the expected profit and loss', () => {
        const { byCategory, ...figures } = report.profitAndLoss;
        expect(figures).toEqual(statement.profitAndLoss);
        expect(byCategory.reduce((sum, line) => sum + line.amount, 0)).toBe(
          figures.revenue +
            figures.cogs +
            figures.operatingExpenses +
            figures.otherIncome +
            figures.otherExpenses,
        );
      });

      it('shows the expected cash flow and balances per account', () => {
        const { accounts: balances, ...figures } = report.cashFlow;
        const { accounts: expectedBalances, ...expectedFigures } = statement.cashFlow;
        expect(figures).toEqual(expectedFigures);
        expect(Object.fromEntries(balances.map((a) => [a.name, a.balance]))).toEqual(expectedBalances);
      });

      it('shows the expected months and totals per kind', () => {
        const months = report.months.map(
          ({ prive: _p, angsuranPokok: _a, purchases: _b, closingInventory: _s, ...month }) => month,
        );
        expect(months).toEqual(statement.months);
        // A book that counts no stock has HPP equal to what it bought, month by month.
        expect(report.months.map((m) => [m.purchases, m.closingInventory])).toEqual(
          statement.months.map((m) => [m.cogs, 0]),
        );
        expect(report.byKind).toEqual(statement.byKind);
      });

      it('counts the entries and transfers of the period', () => {
        expect(report.counts).toEqual({ entries: statement.entries, transfers: statement.transfers });
      });

      it('judges repayment capacity as expected', () => {
        const capacity = buildRepaymentCapacity({ months: report.months });
        const want = statement.repaymentCapacity;
        expect(capacity.averageNetProfit).toBeCloseTo(want.averageNetProfit, 6);
        expect(capacity.householdCosts).toBeCloseTo(want.householdCosts, 6);
        expect(capacity.existingInstalments).toBeCloseTo(want.existingInstalments, 6);
        expect(capacity.ratio).toBe(want.ratio);
        expect(capacity.rpc).toBeCloseTo(want.rpc, 6);
        expect(capacity.file).toEqual({
          averageNetProfit: Math.floor(want.averageNetProfit),
          householdCosts: Math.floor(want.householdCosts),
          existingInstalments: Math.floor(want.existingInstalments),
          ratio: want.ratio,
          rpc: Math.floor(want.rpc),
        });
      });
    });
  }
});
