import type { Transaction } from 'dexie';
import type { CategoryKind } from '../domain/kinds';
import type { DailyTotal, DailyTransferTotal } from '../domain/daily-rollups';
import { rollUp } from '../domain/daily-rollups';
import type { Category, Entry, Id, Transfer } from '../domain/model';

/** Version 2: builds the daily rollups from every entry and transfer already stored. */
export async function fillRollupsOnUpgrade(tx: Transaction): Promise<void> {
  const [categories, entries, transfers] = await Promise.all([
    tx.table<Category, Id>('categories').toArray(),
    tx.table<Entry, Id>('entries').toArray(),
    tx.table<Transfer, Id>('transfers').toArray(),
  ]);
  const kinds = new Map(categories.map((c) => [c.id, c.kind]));
  const kindOf = (categoryId: Id): CategoryKind => {
    const kind = kinds.get(categoryId);
    if (!kind) throw new Error(`entry refers to a missing category ${categoryId}`);
    return kind;
  };
  const rolled = rollUp(entries, transfers, kindOf);
  await tx.table<DailyTotal>('dailyTotals').bulkAdd(rolled.daily);
  await tx.table<DailyTransferTotal>('dailyTransferTotals').bulkAdd(rolled.transfers);
}
