import type { IndexableType, Table } from 'dexie';
import type { ContactDailyTotal, ContactMonthlyTotal } from '../domain/credit/rollups';
import type { CreditYear } from '../domain/credit/years';
import type { StockLevel } from '../domain/stock/levels';
import type { DailyTotal, DailyTransferTotal } from '../domain/daily-rollups';
import { dailyTotalKey, dailyTransferTotalKey } from '../domain/daily-rollups';
import { addMoney } from '../domain/money';
import {
  accountLegs,
  accountYearKey,
  legsToMonths,
  mergeByKey,
  type AccountMonthTotal,
  type AccountYearTotal,
} from '../domain/reports/account-rollups';
import { addAccountYear, mergeAccountYears, packAccountYears } from '../domain/reports/account-years';
import {
  dayToMonth,
  monthlyTransferTotalKey,
  transferDayToMonth,
  type MonthlyTotal,
  type MonthlyTransferTotal,
} from '../domain/reports/month-rollups';
import {
  addYearTotals,
  mergeYearTotals,
  packYears,
  yearTotalsKey,
  type YearTotals,
} from '../domain/reports/year-rollups';
import type {
  AccountYearKey,
  DailyTotalKey,
  DailyTransferTotalKey,
  LumbungDb,
  MonthlyTransferTotalKey,
  YearTotalsKey,
} from './db';
import { coreDelete, corePut } from './core-writes';

/** A row of any rollup table. */
export type RollupRow =
  | DailyTotal
  | DailyTransferTotal
  | MonthlyTotal
  | MonthlyTransferTotal
  | AccountMonthTotal
  | AccountYearTotal
  | YearTotals
  | ContactDailyTotal
  | ContactMonthlyTotal
  | CreditYear
  | StockLevel;

/** Rollup rows by `table|key`: the row, or null when there is none. */
export type RollupRows = ReadonlyMap<string, RollupRow | null>;

/** One rollup table's part of a write: which rows its deltas change, and how to read and write them. */
export interface TableChange {
  /** `table|key` of each row the deltas change, in the order `read` and `write` use. */
  ids: string[];
  read(): Promise<(RollupRow | null)[]>;
  /** The requests that write the new rows, and the rows as they will be (null: deleted). */
  write(before: readonly (RollupRow | null)[]): {
    requests: PromiseLike<unknown>[];
    after: (RollupRow | null)[];
  };
}

/** How one table's rows take their deltas: merged once per key, then added to the stored row. */
export interface RowSums<T> {
  merge(rows: readonly T[], key: (t: T) => string): T[];
  /** The stored row (null when there is none) with the delta added, counting `count` records. */
  add(row: T | null, delta: T, count: number): T;
}

/**
 * One rollup table's change: deltas merged once per key (`key` as text, `stored` the primary key);
 * each row gets its delta added, and is written back, or deleted when no record is left in it
 * (straight to Dexie's core, inside the commit's transaction: `core-writes.ts`).
 */
export function countedTableChange<T extends RollupRow & { count: number }, K>(
  table: Table<T, K>,
  deltas: readonly T[],
  key: (t: T) => string,
  stored: (t: T) => K,
  sums: RowSums<T>,
): TableChange {
  const merged = sums.merge(deltas, key);
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
        const next = sums.add(row, d, count);
        puts.push(next);
        return next;
      });
      const requests = [
        ...(puts.length > 0 ? [corePut(table, puts)] : []),
        ...(deletes.length > 0 ? [coreDelete(table, deletes as IndexableType[])] : []),
      ];
      return { requests, after };
    },
  };
}

/** A change to a table of amounts and counts (the cash rollups, stock levels). */
export function amountTableChange<T extends RollupRow & { amount: number; count: number }, K>(
  table: Table<T, K>,
  deltas: readonly T[],
  key: (t: T) => string,
  stored: (t: T) => K,
): TableChange {
  return countedTableChange(table, deltas, key, stored, {
    merge: mergeByKey,
    add: (row, d, count) => ({ ...d, amount: addMoney(row?.amount ?? 0, d.amount), count }),
  });
}

/** The primary key of each rollup table's rows, as stored. */
const STORED = {
  daily: (t: DailyTotal): DailyTotalKey => [t.bookId, t.date, t.categoryId, t.accountId],
  dailyTransfer: (t: DailyTransferTotal): DailyTransferTotalKey => [
    t.bookId,
    t.date,
    t.fromAccountId,
    t.toAccountId,
  ],
  monthlyTransfer: (t: MonthlyTransferTotal): MonthlyTransferTotalKey => [
    t.bookId,
    t.month,
    t.fromAccountId,
    t.toAccountId,
  ],
  accountYear: (t: AccountYearTotal): AccountYearKey => [t.bookId, t.year, t.accountId],
  year: (t: YearTotals): YearTotalsKey => [t.bookId, t.year],
};

/**
 * Every rollup table that daily deltas of entries and transfers feed: the daily rows themselves,
 * the transfers' months, the year rows (every month of entries and transfers), and each account's
 * year with its months (one row: since schema 16 nothing writes `accountMonths`).
 */
export function rollupChanges(
  db: LumbungDb,
  daily: readonly DailyTotal[],
  transfers: readonly DailyTransferTotal[],
  credit: readonly ContactDailyTotal[] = [],
): TableChange[] {
  const changes: TableChange[] = [];
  // An entry's months live in its year row alone: since schema 11 nothing writes monthlyTotals.
  if (daily.length > 0) changes.push(amountTableChange(db.dailyTotals, daily, dailyTotalKey, STORED.daily));
  if (transfers.length > 0)
    changes.push(
      amountTableChange(db.dailyTransferTotals, transfers, dailyTransferTotalKey, STORED.dailyTransfer),
      amountTableChange(
        db.monthlyTransferTotals,
        transfers.map(transferDayToMonth),
        monthlyTransferTotalKey,
        STORED.monthlyTransfer,
      ),
    );
  if (daily.length > 0 || transfers.length > 0)
    changes.push(
      countedTableChange(
        db.yearTotals,
        packYears(daily.map(dayToMonth), transfers.map(transferDayToMonth)),
        yearTotalsKey,
        STORED.year,
        { merge: mergeYearTotals, add: addYearTotals },
      ),
    );
  const cash = credit.filter((c) => c.accountId !== '');
  if (daily.length > 0 || transfers.length > 0 || cash.length > 0) {
    const months = legsToMonths(accountLegs(daily, transfers, cash));
    changes.push(
      countedTableChange(db.accountYears, packAccountYears(months), accountYearKey, STORED.accountYear, {
        merge: mergeAccountYears,
        add: addAccountYear,
      }),
    );
  }
  return changes;
}

/** Every rollup table, once, grouped by the deltas of a change that move it. */
const rollupGroups = (db: LumbungDb) => ({
  daily: [db.dailyTotals],
  transfers: [db.dailyTransferTotals, db.monthlyTransferTotals],
  accounts: [db.accountYears],
  years: [db.yearTotals],
  credit: [db.contactDailyTotals, db.contactMonthlyTotals, db.creditYears],
  stock: [db.stockLevels],
  open: [db.openCredit],
});

/** A group of rollup tables moved by the same deltas. */
export type RollupGroup = keyof ReturnType<typeof rollupGroups>;

/** The rollup tables of the groups named true. */
export function rollupTablesOf(db: LumbungDb, groups: Partial<Record<RollupGroup, boolean>>): Table[] {
  const all = rollupGroups(db);
  return (Object.keys(all) as RollupGroup[]).flatMap((group): Table[] => (groups[group] ? all[group] : []));
}

/** Every rollup table, of cash and of debts and stock: what a write over all of them (a restore) must hold. */
export const rollupTables = (db: LumbungDb): Table[] => Object.values(rollupGroups(db)).flat();

/** The cash rollup tables a write of these deltas must hold. */
export function rollupTablesFor(db: LumbungDb, daily: boolean, transfers: boolean, cash = false): Table[] {
  return rollupTablesOf(db, {
    daily,
    transfers,
    accounts: daily || transfers || cash,
    years: daily || transfers,
  });
}
