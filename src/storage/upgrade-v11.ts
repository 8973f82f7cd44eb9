import type { Transaction } from 'dexie';

/**
 * Version 11: empties the monthly category rollups. Every month of a book's entries is kept in its
 * year row (exact since version 9), and nothing reads or writes `monthlyTotals` any more; rows left
 * there would only go stale with the next save.
 */
export async function dropMonthlyTotalsOnUpgrade(tx: Transaction): Promise<void> {
  await tx.table('monthlyTotals').clear();
}
