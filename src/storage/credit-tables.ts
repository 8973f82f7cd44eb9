import type { Table } from 'dexie';
import type { CreditRecordTable } from '../domain/changes/change';
import {
  contactDailyKey,
  contactMonthlyKey,
  mergeCredit,
  type ContactDailyTotal,
  type ContactMonthlyTotal,
} from '../domain/credit/rollups';
import {
  addCreditYear,
  creditYearKey,
  mergeCreditYears,
  packCreditYears,
  type CreditYear,
} from '../domain/credit/years';
import { monthOf } from '../domain/dates';
import { addMoney } from '../domain/money';
import { stockLevelKey, type StockLevel } from '../domain/stock/levels';
import type { ContactDailyKey, ContactMonthlyKey, CreditYearKey, LumbungDb, StockLevelKey } from './db';
import { amountTableChange, countedTableChange, rollupTablesOf, type TableChange } from './rollup-tables';

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
export const creditRollupTables = (db: LumbungDb): Table[] =>
  rollupTablesOf(db, { credit: true, stock: true });

type CreditRollup = ContactDailyTotal | ContactMonthlyTotal;

/** A credit rollup table's change: credit, opening and settled amounts added per key. */
function creditTableChange<T extends CreditRollup, K>(
  table: Table<T, K>,
  deltas: readonly T[],
  key: (t: T) => string,
  stored: (t: T) => K,
): TableChange {
  return countedTableChange(table, deltas, key, stored, {
    merge: mergeCredit,
    add: (row, d, count) => ({
      ...d,
      credit: addMoney(row?.credit ?? 0, d.credit),
      opening: addMoney(row?.opening ?? 0, d.opening),
      settled: addMoney(row?.settled ?? 0, d.settled),
      count,
    }),
  });
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
const yearKey = (t: CreditYear): CreditYearKey => [t.bookId, t.year];

/** The credit years some monthly deltas move: cells summed over contacts, added to the stored rows. */
const creditYearsChange = (db: LumbungDb, months: readonly ContactMonthlyTotal[]): TableChange =>
  countedTableChange(db.creditYears, packCreditYears(months), creditYearKey, yearKey, {
    merge: mergeCreditYears,
    add: addCreditYear,
  });

/** The credit rollups (days, months and the book's years) and stock levels a change's deltas move. */
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
      creditYearsChange(db, months),
    );
  }
  if (stock.length > 0) changes.push(amountTableChange(db.stockLevels, stock, stockLevelKey, levelKey));
  return changes;
}

/** The credit and stock rollup tables a write of these deltas must hold. */
export const creditRollupTablesFor = (db: LumbungDb, credit: boolean, stock: boolean): Table[] =>
  rollupTablesOf(db, { credit, stock });
