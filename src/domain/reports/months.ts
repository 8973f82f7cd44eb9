import { monthOf, monthsBetween, type BusinessDate, type BusinessMonth } from '../dates';
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
}

/** What month rows are built from. */
export interface MonthsInput {
  from: BusinessDate;
  to: BusinessDate;
  /** The book's cash at the start of `from`. */
  openingBalance: number;
  /** Rollup rows; only those dated in [from, to] count. */
  totals: readonly DailyTotal[];
}

/** One row per month touched by [from, to], in order, with a running closing balance. */
export function buildMonths({ from, to, openingBalance, totals }: MonthsInput): MonthRow[] {
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
  let balance = openingBalance;
  return [...byMonth].map(([month, { kinds, cashIn, cashOut }]) => {
    balance = addMoney(addMoney(balance, cashIn), -cashOut);
    return {
      month,
      ...profitAndLossFromKinds(kinds),
      cashIn,
      cashOut,
      closingBalance: balance,
      prive: kinds.prive,
      angsuranPokok: kinds.angsuran_pokok,
    };
  });
}
