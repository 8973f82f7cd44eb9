import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDayOf, lastDayOf, monthOf } from '../../src/domain/dates';
import { CATEGORY_KINDS, directionOf } from '../../src/domain/kinds';
import type { DailyTotal, DailyTransferTotal } from '../../src/domain/daily-rollups';
import {
  accountBalances,
  buildHomeSummary,
  buildProfitAndLoss,
  derivedRollups,
  type HomeRows,
} from '../../src/domain/reports';
import { move, row } from '../support/domain/rollup-rows';

const ACCOUNTS = [
  { id: 'kas', name: 'Kas', hidden: false },
  { id: 'bri', name: 'BRI', hidden: false },
  { id: 'dana', name: 'DANA', hidden: true },
];
const accountId = fc.constantFrom(...ACCOUNTS.map((a) => a.id));
const day = fc
  .date({ min: new Date('2025-11-01T00:00:00Z'), max: new Date('2027-02-28T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const amount = fc.integer({ min: 1, max: 5_000_000 });
const entryRow = fc
  .tuple(day, fc.constantFrom(...CATEGORY_KINDS), amount, accountId)
  .map(([date, kind, n, account]) => row(date, `c-${kind}`, kind, n, account));
const transferRow = fc
  .tuple(day, accountId, accountId, amount)
  .filter(([, from, to]) => from !== to)
  .map(([date, from, to, n]) => move(date, from, to, n));

/** The home rows as storage reads them, made from daily rows through the same rollups storage keeps. */
function homeRows(today: string, daily: DailyTotal[], transfers: DailyTransferTotal[]): HomeRows {
  const month = monthOf(today);
  const year = today.slice(0, 4);
  const rollups = derivedRollups(daily, transfers);
  const inMonthFromToday = (date: string) => date >= today && date <= lastDayOf(month);
  return {
    today,
    accountMovements: [
      ...rollups.accountYears.filter((y) => y.year < year),
      ...rollups.accountMonths.filter((m) => m.month.startsWith(year) && m.month <= month),
    ],
    month: rollups.monthly.filter((m) => m.month === month),
    days: daily.filter((d) => inMonthFromToday(d.date)),
    transfers: transfers.filter((t) => inMonthFromToday(t.date)),
    accounts: ACCOUNTS,
  };
}

const moneyIn = (rows: DailyTotal[]) =>
  rows.filter((r) => directionOf(r.kind) === 'in').reduce((sum, r) => sum + r.amount, 0);

describe('buildHomeSummary', () => {
  it('agrees with the profit-and-loss report and the account balances on the same rows', () => {
    fc.assert(
      fc.property(
        day,
        fc.array(entryRow, { maxLength: 60 }),
        fc.array(transferRow, { maxLength: 15 }),
        (today, daily, transfers) => {
          const summary = buildHomeSummary(homeRows(today, daily, transfers));
          const monthSoFar = daily.filter((d) => d.date >= firstDayOf(monthOf(today)) && d.date <= today);
          const todays = daily.filter((d) => d.date === today);
          expect(summary.month.netProfit).toBe(buildProfitAndLoss(monthSoFar, []).netProfit);
          expect(summary.today.netProfit).toBe(buildProfitAndLoss(todays, []).netProfit);
          expect(summary.month.moneyIn).toBe(moneyIn(monthSoFar));
          expect(summary.month.moneyIn - summary.month.moneyOut).toBe(
            monthSoFar.reduce((sum, r) => sum + (directionOf(r.kind) === 'in' ? r.amount : -r.amount), 0),
          );
          expect(summary.today.count).toBe(todays.length);
          const upToToday = accountBalances(
            [daily.filter((d) => d.date <= today)],
            [transfers.filter((t) => t.date <= today)],
            ACCOUNTS,
          );
          const shown = upToToday.filter((b) => b.accountId !== 'dana' || b.balance !== 0);
          expect(summary.balances).toEqual(shown);
          expect(summary.total).toBe(shown.reduce((sum, b) => sum + b.balance, 0));
        },
      ),
    );
  });
});
