import type { Table } from 'dexie';
import type { CreditRecordTable } from '../domain/changes/change';
import {
  contactDailyKey,
  contactMonthlyKey,
  mergeCredit,
  type ContactDailyTotal,
  type ContactMonthlyTotal,
} from '../domain/credit/rollups';
import { monthOf } from '../domain/dates';
import { addMoney } from '../domain/money';
import { stockLevelKey, type StockLevel } from '../domain/stock/levels';
import type { ContactDailyKey, ContactMonthlyKey, LumbungDb, StockLevelKey } from './db';
import { amountTableChange, type RollupRow, type TableChange } from './rollup-tables';

/** The table each record set of debts and stock is written to. */
export const creditRecordTable = (db: LumbungDb, name: CreditRecordTable): Table => db[name];

/** Every table of debts and stock records (what a backup carries and a restore replaces). */
export const creditRecordTables = (db: LumbungDb): Table[] => [
  db.contacts,
  db.settlements,
  db.stockCounts,
  db.openingItems,
];

/** Every rollup table of debts and stock. */
export const creditRollupTables = (db: LumbungDb): Table[] => [
  db.contactDailyTotals,
  db.contactMonthlyTotals,
  db.stockLevels,
];

type CreditRollup = ContactDailyTotal | ContactMonthlyTotal;

/** A credit rollup table's change: deltas merged per key, each row moved and deleted once empty. */
function creditTableChange<T extends CreditRollup, K>(
  table: Table<T, K>,
  deltas: readonly T[],
  key: (t: T) => string,
  stored: (t: T) => K,
): TableChange {
  const merged = mergeCredit(deltas, key);
  const keys = merged.map(stored);
  return {
    ids: merged.map((d) => `${table.name}|${key(d)}`),
    read: async () => (merged.length === 0 ? [] : (await table.bulkGet(keys)).map((row) => row ?? null)),
    write: (before) => {
      const puts: T[] = [];
      const deletes: K[] = [];
      const after = merged.map((d, i): RollupRow | null => {
        const row = (before[i] ?? null) as T | null;
        const count = (row?.count ?? 0) + d.count;
        if (count <= 0) {
          if (row) deletes.push(keys[i] as K);
          return null;
        }
        const next: T = {
          ...d,
          credit: addMoney(row?.credit ?? 0, d.credit),
          opening: addMoney(row?.opening ?? 0, d.opening),
          settled: addMoney(row?.settled ?? 0, d.settled),
          count,
        };
        puts.push(next);
        return next;
      });
      const requests = [
        ...(puts.length > 0 ? [table.bulkPut(puts)] : []),
        ...(deletes.length > 0 ? [table.bulkDelete(deletes)] : []),
      ];
      return { requests, after };
    },
  };
}

const dailyKey = (t: ContactDailyTotal): ContactDailyKey => [
  t.bookId,
  t.date,
  t.contactId,
  t.side,
  t.accountId,
];
const monthlyKey = (t: ContactMonthlyTotal): ContactMonthlyKey => [
  t.bookId,
  t.month,
  t.contactId,
  t.side,
  t.accountId,
];
const levelKey = (t: StockLevel): StockLevelKey => [t.bookId, t.date];

/** The credit rollups (days and months) and stock levels a change's deltas move. */
export function creditRollupChanges(
  db: LumbungDb,
  credit: readonly ContactDailyTotal[],
  stock: readonly StockLevel[],
): TableChange[] {
  const changes: TableChange[] = [];
  if (credit.length > 0) {
    const months = credit.map(({ date, ...rest }): ContactMonthlyTotal => ({
      ...rest,
      month: monthOf(date),
    }));
    changes.push(
      creditTableChange(db.contactDailyTotals, credit, contactDailyKey, dailyKey),
      creditTableChange(db.contactMonthlyTotals, months, contactMonthlyKey, monthlyKey),
    );
  }
  if (stock.length > 0) changes.push(amountTableChange(db.stockLevels, stock, stockLevelKey, levelKey));
  return changes;
}

/** The credit and stock rollup tables a write of these deltas must hold. */
export function creditRollupTablesFor(db: LumbungDb, credit: boolean, stock: boolean): Table[] {
  return [
    ...(credit ? [db.contactDailyTotals, db.contactMonthlyTotals] : []),
    ...(stock ? [db.stockLevels] : []),
  ];
}
