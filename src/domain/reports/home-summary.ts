import type { BusinessDate } from '../dates';
import { CATEGORY_KINDS, directionOf, KIND_RULES } from '../kinds';
import type { DailyTotal, DailyTransferTotal } from '../daily-rollups';
import type { Account, Id } from '../model';
import { addMoney } from '../money';
import type { AccountAmount } from './account-rollups';
import { sumByKind, type KindTotals } from './by-kind';
import { accountBalances } from './cash-flow';
import { profitAndLossFromKinds } from './profit-and-loss';

/** Money in, money out and net profit over some days (transfers are neither in nor out). */
export interface PeriodFigures {
  /** Every rupiah that came in, capital and loans received included. */
  moneyIn: number;
  /** Every rupiah that went out, drawings and loan principal included. */
  moneyOut: number;
  /** The money in that is income (pendapatan and pendapatan lain-lain), what an owner reads as sales. */
  income: number;
  /** The money out that is a cost in the profit and loss (HPP, beban, beban lain-lain). */
  costs: number;
  /** Laba bersih, as the profit-and-loss report has it: capital, drawings, loans and assets do not count. */
  netProfit: number;
}

/** What the home screen shows: today, this month so far, and where the money sits. */
export interface HomeSummary {
  today: PeriodFigures & { count: number };
  month: PeriodFigures;
  balances: { accountId: Id; name: string; balance: number }[];
  total: number;
}

/**
 * The rollups the home screen is figured from, read whole up to the end of today's month (few rows
 * however long the book), with that month's days from today on to take back what is dated later.
 */
export interface HomeRows {
  today: BusinessDate;
  /**
   * Each account's movement up to the end of some day at or after today's month's end: account
   * years, then months (the storage reads whole years through today's, the fewest rows).
   */
  accountMovements: readonly AccountAmount[];
  /** Account movements in `accountMovements` dated after today's month: taken back. */
  movedLater?: readonly AccountAmount[];
  /** Today's month as a whole, per category and account (its monthly rollups). */
  month: readonly Pick<DailyTotal, 'kind' | 'amount'>[];
  /** Daily rollups from today to the month's end. */
  days: readonly DailyTotal[];
  /** Daily transfer rollups from today to the month's end. */
  transfers: readonly DailyTransferTotal[];
  accounts: readonly Pick<Account, 'id' | 'name' | 'hidden'>[];
}

/** Money in and out by direction, income and costs by kind, and net profit, from totals per kind. */
export function periodFigures(byKind: KindTotals): PeriodFigures {
  let moneyIn = 0;
  let moneyOut = 0;
  let income = 0;
  let costs = 0;
  for (const kind of CATEGORY_KINDS) {
    const inProfitAndLoss = KIND_RULES[kind].profitAndLoss !== null;
    if (directionOf(kind) === 'in') {
      moneyIn = addMoney(moneyIn, byKind[kind]);
      if (inProfitAndLoss) income = addMoney(income, byKind[kind]);
    } else {
      moneyOut = addMoney(moneyOut, byKind[kind]);
      if (inProfitAndLoss) costs = addMoney(costs, byKind[kind]);
    }
  }
  return { moneyIn, moneyOut, income, costs, netProfit: profitAndLossFromKinds(byKind).netProfit };
}

const negated = <T extends { amount: number }>(row: T): T => ({ ...row, amount: -row.amount });

/** Today's and this month's figures and every account's balance at the end of today, from the rollups. */
export function buildHomeSummary(rows: HomeRows): HomeSummary {
  const todays = rows.days.filter((d) => d.date === rows.today);
  const later = rows.days.filter((d) => d.date > rows.today);
  const laterTransfers = rows.transfers.filter((t) => t.date > rows.today);
  const month = periodFigures(sumByKind([...rows.month, ...later.map(negated)]));
  const today = { ...periodFigures(sumByKind(todays)), count: todays.reduce((n, d) => n + d.count, 0) };
  // Balances at the end of what was read, less what is dated after today.
  const hidden = new Map(rows.accounts.map((a) => [a.id, a.hidden]));
  const balances = accountBalances([later.map(negated)], [laterTransfers.map(negated)], rows.accounts, [
    ...rows.accountMovements,
    ...(rows.movedLater ?? []).map(negated),
  ]).filter((b) => hidden.has(b.accountId) && (!hidden.get(b.accountId) || b.balance !== 0));
  const total = balances.reduce((sum, b) => addMoney(sum, b.balance), 0);
  return { today, month, balances, total };
}
