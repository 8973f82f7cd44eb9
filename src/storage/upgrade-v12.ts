import type { Transaction } from 'dexie';
import type { ContactMonthlyTotal } from '../domain/credit/rollups';
import { packCreditYears } from '../domain/credit/years';

/**
 * Version 12: sums every book's monthly credit rollups (exact since version 5) over its contacts
 * into one row per book and year, so a position or a report reads a row a year of its debts.
 */
export async function fillCreditYearsOnUpgrade(tx: Transaction): Promise<void> {
  const monthly = await tx.table<ContactMonthlyTotal>('contactMonthlyTotals').toArray();
  await tx.table('creditYears').bulkAdd(packCreditYears(monthly));
}
