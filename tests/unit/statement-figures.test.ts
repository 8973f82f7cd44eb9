import { describe, expect, it } from 'vitest';
import { checkFigures, statementSchema } from '../../src/domain/statement';
import { expectedStatements, fixtureStatement } from '../support/domain/statement-fixture';

describe('the statement of warung Maria (January–June 2026, imported from CSV)', () => {
  for (const want of expectedStatements()) {
    describe(`${want.period.from}..${want.period.to}`, () => {
      const statement = fixtureStatement(want.period);

      it('is a valid lumbung.statement/1 statement of that period', () => {
        expect(statementSchema.safeParse(statement).success).toBe(true);
        expect(statement.period).toEqual(want.period);
      });

      it('shows the expected profit and loss, with a category breakdown that adds up', () => {
        const { byCategory, ...figures } = statement.profitAndLoss;
        expect(figures).toEqual(want.profitAndLoss);
        const pl = byCategory.reduce((sum, line) => sum + line.amount, 0);
        expect(pl).toBe(
          figures.revenue +
            figures.cogs +
            figures.operatingExpenses +
            figures.otherIncome +
            figures.otherExpenses,
        );
      });

      it('shows the expected cash flow and balances per account', () => {
        const { accounts, ...figures } = statement.cashFlow;
        const { accounts: wantAccounts, ...wantFigures } = want.cashFlow;
        expect(figures).toEqual(wantFigures);
        expect(Object.fromEntries(accounts.map((a) => [a.name, a.balance]))).toEqual(wantAccounts);
      });

      it('shows the expected months, in exactly the fields of the format', () => {
        expect(statement.months).toEqual(want.months.map(({ operatingProfit: _op, ...month }) => month));
      });

      it('rounds repayment capacity down to whole Rupiah', () => {
        const r = want.repaymentCapacity;
        expect(statement.repaymentCapacity).toEqual({
          averageNetProfit: Math.floor(r.averageNetProfit ?? NaN),
          householdCosts: Math.floor(r.householdCosts ?? NaN),
          existingInstalments: Math.floor(r.existingInstalments ?? NaN),
          ratio: r.ratio,
          rpc: Math.floor(r.rpc ?? NaN),
          householdCostsSource: 'default',
          existingInstalmentsSource: 'default',
        });
      });

      it('carries every non-voided entry and transfer dated in the period', () => {
        expect(statement.entries).toHaveLength(want.entries);
        expect(statement.transfers).toHaveLength(want.transfers);
        const inPeriod = (d: string) => d >= want.period.from && d <= want.period.to;
        expect([...statement.entries, ...statement.transfers].every((r) => inPeriod(r.date))).toBe(true);
      });

      it('recomputes to the same figures from its own entries', () => {
        expect(checkFigures(statement)).toEqual([]);
      });
    });
  }

  it('reports recording discipline from the entries’ metadata (all imported, typed in late)', () => {
    const { discipline } = fixtureStatement({ from: '2026-03-01', to: '2026-04-30' });
    expect(discipline.importedShare).toBe(1);
    expect(discipline.daysInPeriod).toBe(61);
    expect(discipline.corrections).toBe(0);
    expect(discipline.backdatedShare).toBeGreaterThan(0.9);
    expect(discipline.warnings.map((w) => w.code)).toContain('discipline.lateBurst');
  });

  it('leaves notes out on request and keeps every figure', () => {
    const period = { from: '2026-03-01', to: '2026-04-30' };
    const withNotes = fixtureStatement(period);
    const without = fixtureStatement(period, { omitNotes: true });
    expect(without.entries.some((e) => 'note' in e)).toBe(false);
    expect(without.transfers.some((t) => 'note' in t)).toBe(false);
    expect(withNotes.entries.some((e) => 'note' in e)).toBe(true);
    expect(without.profitAndLoss).toEqual(withNotes.profitAndLoss);
    expect(without.cashFlow).toEqual(withNotes.cashFlow);
    expect(checkFigures(without)).toEqual([]);
  });
});
