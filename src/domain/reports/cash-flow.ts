import type { DailyTotal, DailyTransferTotal } from '../daily-rollups';
import type { AccountAmount } from './account-rollups';
import type { Id } from '../model';
import { addMoney } from '../money';
import { netCash, signedAmount, sumByKind } from './by-kind';
import { creditCash, netCreditCash, type CreditCashRow } from '../credit/cash';
import { sumMoney } from './sum';
import type { AccountRef } from './refs';

/** One account's balance at the end of a period. */
export interface AccountBalance {
  accountId: Id;
  name: string;
  balance: number;
}

/** A cash-flow statement (arus kas), whole Rupiah. */
export interface CashFlow {
  openingBalance: number;
  operating: number;
  investing: number;
  financing: number;
  closingBalance: number;
  /** Balances at the end of the period; they add up to `closingBalance`. */
  accounts: AccountBalance[];
}

/** The rows a cash-flow statement is built from. */
export interface CashFlowInput {
  /** Rollup rows dated before the period: they make the opening balance. */
  before: readonly DailyTotal[];
  /** Rollup rows dated in the period. */
  period: readonly DailyTotal[];
  transfersBefore: readonly DailyTransferTotal[];
  transfersPeriod: readonly DailyTransferTotal[];
  /** Accounts in display order; an account met in the rows but missing here is appended by id. */
  accounts: readonly AccountRef[];
  /** Balances carried in from before the earliest of the rows `before` (none: the rows hold the whole history). */
  carried?: readonly AccountAmount[];
  /** Credit rollup rows dated before the period (for the opening balance) and in it: what credit did to cash. */
  creditBefore?: readonly CreditCashRow[];
  creditPeriod?: readonly CreditCashRow[];
}

/**
 * Balances per account after the given rows (and any balances carried in before them), transfers
 * counted out of one account and into the other, and credit rows by the cash they move.
 */
export function accountBalances(
  totals: readonly (readonly DailyTotal[])[],
  transfers: readonly (readonly DailyTransferTotal[])[],
  accounts: readonly AccountRef[],
  carried: readonly AccountAmount[] = [],
  credit: readonly (readonly CreditCashRow[])[] = [],
): AccountBalance[] {
  const balances = new Map<Id, AccountBalance>(
    accounts.map((a) => [a.id, { accountId: a.id, name: a.name, balance: 0 }]),
  );
  const move = (accountId: Id, amount: number) => {
    const account = balances.get(accountId) ?? { accountId, name: accountId, balance: 0 };
    account.balance = addMoney(account.balance, amount);
    balances.set(accountId, account);
  };
  for (const { accountId, amount } of carried) move(accountId, amount);
  for (const rows of totals) for (const row of rows) move(row.accountId, signedAmount(row.kind, row.amount));
  for (const rows of transfers)
    for (const row of rows) {
      move(row.fromAccountId, -row.amount);
      move(row.toAccountId, row.amount);
    }
  for (const rows of credit)
    for (const row of rows) if (row.accountId !== '') move(row.accountId, creditCash(row));
  return [...balances.values()];
}

/** Cash flow of a period: opening, the three groups, closing, accounts. See docs/domain.md#cash-flow */
export function buildCashFlow(input: CashFlowInput): CashFlow {
  const byKind = sumByKind(input.period);
  const carried = input.carried ?? [];
  const creditBefore = input.creditBefore ?? [];
  const creditPeriod = input.creditPeriod ?? [];
  const openingBalance = sumMoney(
    netCash(input.before),
    netCreditCash(creditBefore),
    ...carried.map((c) => c.amount),
  );
  // Entries count at their full amount; the credit rows turn that into what was paid, plus settlements.
  const operating = sumMoney(
    byKind.pendapatan,
    byKind.pendapatan_lain,
    -byKind.hpp,
    -byKind.beban,
    -byKind.beban_lain,
    netCreditCash(creditPeriod),
  );
  const investing = sumMoney(byKind.jual_aset, -byKind.beli_aset);
  const financing = sumMoney(byKind.modal, byKind.pinjaman_masuk, -byKind.prive, -byKind.angsuran_pokok);
  const closingBalance = sumMoney(openingBalance, operating, investing, financing);
  return {
    openingBalance,
    operating,
    investing,
    financing,
    closingBalance,
    accounts: accountBalances(
      [input.before, input.period],
      [input.transfersBefore, input.transfersPeriod],
      input.accounts,
      carried,
      [creditBefore, creditPeriod],
    ),
  };
}
