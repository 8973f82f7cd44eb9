import type { Transaction } from 'dexie';
import {
  accountYearKey,
  type AccountMonthTotal,
  type AccountYearTotal,
} from '../domain/reports/account-rollups';
import { packAccountYears } from '../domain/reports/account-years';

/** An account's year as versions 3 to 15 kept it: its months were rows of `accountMonths`. */
export type MonthlessAccountYear = Omit<AccountYearTotal, 'months'>;

/**
 * Version 16: each account's months move into its year row, and `accountMonths` is emptied, so a
 * save writes one account row instead of two. A year row's figures stay as they were; a month whose
 * year has no row was never part of a balance, and is dropped with the table's other rows.
 */
export async function foldAccountMonthsOnUpgrade(tx: Transaction): Promise<void> {
  const years = tx.table<MonthlessAccountYear>('accountYears');
  const [stored, months] = await Promise.all([
    years.toArray(),
    tx.table<AccountMonthTotal>('accountMonths').toArray(),
  ]);
  const packed = new Map(packAccountYears(months).map((row) => [accountYearKey(row), row.months]));
  await years.bulkPut(stored.map((row) => ({ ...row, months: packed.get(accountYearKey(row)) ?? [] })));
  await tx.table('accountMonths').clear();
}
