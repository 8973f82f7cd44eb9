import { describe, expect, it } from 'vitest';
import { creditItemsOf, outstandingItems, summariseSide } from '../../src/domain/credit/aging';
import { contactBalances } from '../../src/domain/credit/balances';
import { rollUpCredit } from '../../src/domain/credit/rollups';
import { parseImportCsv, planImport } from '../../src/domain/csv';
import { rollUp } from '../../src/domain/daily-rollups';
import { addDays } from '../../src/domain/dates';
import { buildPosition, buildReport, positionDifference } from '../../src/domain/reports';
import { rollUpStock } from '../../src/domain/stock/levels';
import { readFixture } from '../support/fixture';
import { applyPlan, newBook } from '../support/domain/book';

interface ExpectedPeriod {
  period: { from: string; to: string };
  profitAndLoss: Record<string, number>;
  inventory: Record<string, number>;
  cashFlow: Record<string, number> & { accounts: Record<string, number> };
  months: Record<string, number | string>[];
  position: { opening: Record<string, number | string>; closing: Record<string, number | string> };
  receivables: Record<string, unknown>;
  payables: Record<string, unknown>;
  carried: Record<string, unknown>[];
}

/** The members of `row` that `like` names, for comparing with the figures the JSON lists. */
const pick = (row: object, like: object): Record<string, unknown> =>
  Object.fromEntries(Object.keys(like).map((k) => [k, (row as Record<string, unknown>)[k]]));

const expected = JSON.parse(readFixture('tenun-ina-2026q1.expected.json')) as {
  rows: number;
  contacts: Record<string, string>;
  periods: ExpectedPeriod[];
};

describe('tenun Ina, January–February 2026, on credit, imported from CSV', () => {
  const parsed = parseImportCsv(readFixture('tenun-ina-2026q1.csv'));
  if (!parsed.ok) throw new Error(`fixture does not parse: ${JSON.stringify(parsed.errors)}`);
  const book = newBook();
  const planned = planImport(parsed.rows, book);
  if (!planned.ok) throw new Error(`fixture does not plan: ${JSON.stringify(planned.errors)}`);
  const applied = applyPlan(book, planned.plan);
  const { entries, transfers, kindOf, contacts, settlements, stockCounts, openingItems } = applied;
  const rolled = rollUp(entries, transfers, kindOf);
  const credit = rollUpCredit(entries, kindOf, settlements, openingItems);
  const stock = rollUpStock(stockCounts);
  const items = creditItemsOf(entries, kindOf, openingItems);
  const nameOf = (id: string) => contacts.find((c) => c.id === id)?.name;

  it('reads every row, and makes each contact once with the role its rows give', () => {
    expect(parsed.rows).toHaveLength(expected.rows);
    expect(Object.fromEntries(contacts.map((c) => [c.name, c.role]))).toEqual(expected.contacts);
    expect(planned.plan.newAccounts.map((a) => a.name)).toEqual(['BRI']);
  });

  for (const want of expected.periods) {
    const { from, to } = want.period;
    describe(`${from}..${to}`, () => {
      const report = buildReport({
        from,
        to,
        totals: rolled.daily.filter((r) => r.date <= to),
        transfers: rolled.transfers.filter((r) => r.date <= to),
        categories: applied.categories,
        accounts: applied.accounts,
        credit: credit.filter((r) => r.date <= to),
        stock: stock.filter((l) => l.date <= to),
      });
      const positionAt = (date: string) => buildPosition({ date, totals: rolled.daily, credit, stock });

      it('shows the expected laba rugi, HPP from purchases and the two stock counts', () => {
        expect(pick(report.profitAndLoss, want.profitAndLoss)).toEqual(want.profitAndLoss);
        expect(report.inventory).toEqual(want.inventory);
      });

      it('shows the expected arus kas, counting only what was paid and settled', () => {
        const { accounts, ...figures } = report.cashFlow;
        const { accounts: wantAccounts, ...wantFigures } = want.cashFlow;
        expect(figures).toEqual(wantFigures);
        expect(Object.fromEntries(accounts.map((a) => [a.name, a.balance]))).toEqual(wantAccounts);
      });

      it('shows the expected months', () => {
        expect(
          report.months.map((m) =>
            Object.fromEntries(Object.keys(want.months[0] ?? {}).map((k) => [k, m[k as keyof typeof m]])),
          ),
        ).toEqual(want.months);
      });

      it('shows the expected positions at the start and the end, each balancing', () => {
        const opening = positionAt(addDays(from, -1));
        const closing = positionAt(to);
        expect(opening).toEqual(want.position.opening);
        expect(closing).toEqual(want.position.closing);
        expect([positionDifference(opening), positionDifference(closing)]).toEqual([0, 0]);
        expect(closing.cash).toBe(report.cashFlow.closingBalance);
        expect(closing.retainedEarnings - opening.retainedEarnings).toBe(report.profitAndLoss.netProfit);
      });

      it('ages what is owed to the shop and by it at the end of the period', () => {
        const outstanding = outstandingItems(items, contactBalances(credit, to), to);
        const side = (s: 'receivable' | 'payable') => {
          const summary = summariseSide(outstanding, s, to);
          expect(summary.overdue).toBe(summary.total - summary.aging.notDue);
          return pick(summary, want.receivables);
        };
        expect(side('receivable')).toEqual(want.receivables);
        expect(side('payable')).toEqual(want.payables);
      });

      it('carries in what was still owed of items dated before the period', () => {
        const before = addDays(from, -1);
        const carried = outstandingItems(items, contactBalances(credit, before), before).map((i) => ({
          contact: nameOf(i.contactId),
          side: i.side,
          date: i.date,
          ...(i.dueDate === undefined ? {} : { dueDate: i.dueDate }),
          remaining: i.remaining,
        }));
        expect(carried).toEqual(want.carried);
      });
    });
  }
});
