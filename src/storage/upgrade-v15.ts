import type { Transaction } from 'dexie';
import type { OutstandingItem } from '../domain/credit/aging';
import { keptItems, type OpenCredit } from '../domain/credit/open-items';

/** A contact side's open credit as versions 10 to 14 kept it: its outstanding items as objects. */
export type ItemListOpenCredit = Omit<OpenCredit, 'dueDates' | 'remaining'> & { items: OutstandingItem[] };

const isItemList = (row: ItemListOpenCredit | OpenCredit): row is ItemListOpenCredit => 'items' in row;

/**
 * Version 15: keeps of each side's outstanding items only their due dates and what is left of
 * them, in two lists (`OpenCredit`), the same items in the same order. A row already kept so
 * (counted by the version 10 upgrade of this same open) stays.
 */
export async function keepOpenCreditListsOnUpgrade(tx: Transaction): Promise<void> {
  const table = tx.table<ItemListOpenCredit | OpenCredit>('openCredit');
  const rows = await table.toArray();
  const kept = rows
    .filter(isItemList)
    .map(({ items, ...row }): OpenCredit => ({ ...row, ...keptItems(items) }));
  if (kept.length > 0) await table.bulkPut(kept);
}
