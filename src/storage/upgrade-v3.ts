import type { Transaction } from 'dexie';
import type { DailyTotal, DailyTransferTotal } from '../domain/daily-rollups';
import { derivedRollups } from '../domain/reports/derived-rollups';

/**
 * Version 3: builds the monthly rollups and the account months and years from the daily rollups
 * (exact since version 2), not from every entry.
 */
export async function fillMonthlyRollupsOnUpgrade(tx: Transaction): Promise<void> {
  const [daily, moved] = await Promise.all([
    tx.table<DailyTotal>('dailyTotals').toArray(),
    tx.table<DailyTransferTotal>('dailyTransferTotals').toArray(),
  ]);
  const derived = derivedRollups(daily, moved);
  await Promise.all([
    tx.table('monthlyTotals').bulkAdd(derived.monthly),
    tx.table('monthlyTransferTotals').bulkAdd(derived.monthlyTransfers),
    tx.table('accountMonths').bulkAdd(derived.accountMonths),
    tx.table('accountYears').bulkAdd(derived.accountYears),
  ]);
}
