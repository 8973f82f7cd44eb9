import { creditInOut, type CreditCashRow } from '../credit/cash';
import {
  firstDayOf,
  lastDayOf,
  monthOf,
  monthsBetween,
  type BusinessDate,
  type BusinessMonth,
} from '../dates';
import { inventoryLines, type StockLevel } from '../stock/levels';
import { directionOf } from '../kinds';
import type { DailyTotal } from '../daily-rollups';
import { addMoney } from '../money';
import { emptyKindTotals, type KindTotals } from './by-kind';
import { profitAndLossFromKinds, type ProfitAndLossFigures } from './profit-and-loss';

/** One month of a report: its profit and loss, its cash in and out, and the balance at its end. */
export interface MonthRow extends ProfitAndLossFigures {
  month: BusinessMonth;
  /** Money in, transfers excluded. */
  cashIn: number;
  /** Money out, transfers excluded. */
  cashOut: number;
  /** The book's cash at the end of the month (or of the range, for its last, partial month). */
  closingBalance: number;
  /** Household drawings (Σ prive): the default household costs of repayment capacity. */
  prive: number;
  /** Loan principal repaid (Σ angsuran_pokok): the default existing instalments. */
  angsuranPokok: number;
  /** Goods bought (Σ hpp), paid or on credit; HPP is this plus the stock opened with less `closingInventory`. */
  purchases: number;
  /** S at the month's end (or the range's): the latest count standing for a day ≤ then. */
  closingInventory: number;
}

/** What month rows are built from. */
export interface MonthsInput {
  from: BusinessDate;
  to: BusinessDate;
  /** The book's cash at the start of `from`. */
  openingBalance: number;
  /** Rollup rows; only those dated in [from, to] count. */
  totals: readonly DailyTotal[];
  /** Credit rollup rows; only those dated in [from, to] count: cash in and out count what was paid. */
  credit?: readonly (CreditCashRow & { date: BusinessDate })[];
  /** Stock levels up to `to` (the latest before `from` included): each month's HPP uses its own stock. */
  stock?: readonly StockLevel[];
}

/** One row per month touched by [from, to], in order, with a running closing balance. */
export function buildMonths({
  from,
  to,
  openingBalance,
  totals,
  credit = [],
  stock = [],
}: MonthsInput): MonthRow[] {
  const byMonth = new Map<BusinessMonth, { kinds: KindTotals; cashIn: number; cashOut: number }>(
    monthsBetween(from, to).map((m) => [m, { kinds: emptyKindTotals(), cashIn: 0, cashOut: 0 }]),
  );
  for (const row of totals) {
    if (row.date < from || row.date > to) continue;
    const month = byMonth.get(monthOf(row.date));
    if (!month) continue;
    month.kinds[row.kind] = addMoney(month.kinds[row.kind], row.amount);
    if (directionOf(row.kind) === 'in') month.cashIn = addMoney(month.cashIn, row.amount);
    else month.cashOut = addMoney(month.cashOut, row.amount);
  }
  for (const row of credit) {
    if (row.date < from || row.date > to) continue;
    const month = byMonth.get(monthOf(row.date));
    if (!month) continue;
    const { moneyIn, moneyOut } = creditInOut([row]);
    month.cashIn = addMoney(month.cashIn, moneyIn);
    month.cashOut = addMoney(month.cashOut, moneyOut);
  }
  let balance = openingBalance;
  return [...byMonth].map(([month, { kinds, cashIn, cashOut }]) => {
    balance = addMoney(addMoney(balance, cashIn), -cashOut);
    const first = firstDayOf(month) < from ? from : firstDayOf(month);
    const last = lastDayOf(month) > to ? to : lastDayOf(month);
    const inventory = inventoryLines(stock, first, last, kinds.hpp);
    return {
      month,
      ...profitAndLossFromKinds(kinds, inventory),
      cashIn,
      cashOut,
      closingBalance: balance,
      prive: kinds.prive,
      angsuranPokok: kinds.angsuran_pokok,
      purchases: inventory.purchases,
      closingInventory: inventory.closingInventory,
    };
  });
}
