import { addMoney } from '../money';
import type { ContactDailyTotal } from './rollups';

/** A credit row as it moves cash: the account and the three amounts. */
export type CreditCashRow = Pick<ContactDailyTotal, 'side' | 'accountId' | 'credit' | 'settled'>;

/**
 * The cash a credit row moves in its account, beside what the daily totals count: entries are
 * counted there at their full amount, so the unpaid part of a sale is taken back and the unpaid part
 * of a purchase given back; a collection brings money in and a payment takes it out. Opening items
 * move no cash.
 */
export const creditCash = (row: CreditCashRow): number =>
  row.side === 'receivable' ? addMoney(row.settled, -row.credit) : addMoney(row.credit, -row.settled);

/** The cash credit rows move, summed: money in from collections less what sales left unpaid, and so on. */
export function netCreditCash(rows: readonly CreditCashRow[]): number {
  let net = 0;
  for (const row of rows) net = addMoney(net, creditCash(row));
  return net;
}

/** Money in and out of credit rows, by way: unpaid sales take from money in, unpaid purchases from money out. */
export function creditInOut(rows: readonly CreditCashRow[]): { moneyIn: number; moneyOut: number } {
  let moneyIn = 0;
  let moneyOut = 0;
  for (const row of rows)
    if (row.side === 'receivable') moneyIn = addMoney(moneyIn, addMoney(row.settled, -row.credit));
    else moneyOut = addMoney(moneyOut, addMoney(row.settled, -row.credit));
  return { moneyIn, moneyOut };
}
