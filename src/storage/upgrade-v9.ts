import type { Transaction } from 'dexie';
import type { MonthlyTotal, MonthlyTransferTotal } from '../domain/reports/month-rollups';
import { packYears } from '../domain/reports/year-rollups';

/**
 * Version 9: packs every book's monthly rollups (exact since version 3) into one row per book and
 * year, so a year's report reads a row instead of a row per category, account and month.
 */
export async function fillYearRowsOnUpgrade(tx: Transaction): Promise<void> {
  const [monthly, moved] = await Promise.all([
    tx.table<MonthlyTotal>('monthlyTotals').toArray(),
    tx.table<MonthlyTransferTotal>('monthlyTransferTotals').toArray(),
  ]);
  await tx.table('yearTotals').bulkAdd(packYears(monthly, moved));
}
