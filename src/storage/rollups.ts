import type { Table } from 'dexie';
import type { CategoryKind } from '../domain/kinds';
import type { DailyTotal, DailyTransferTotal } from '../domain/ledger-rows';
import { dailyTotalKey, dailyTransferTotalKey } from '../domain/ledger-rows';
import type { Entry, Transfer } from '../domain/model';
import {
  accountLegs,
  accountMonthKey,
  accountYearKey,
  legsToMonths,
  legsToYears,
  type AccountMonthTotal,
  type AccountYearTotal,
} from '../domain/reports/account-rollups';
import {
  dayToMonth,
  monthlyTotalKey,
  monthlyTransferTotalKey,
  transferDayToMonth,
  type MonthlyTotal,
  type MonthlyTransferTotal,
} from '../domain/reports/month-rollups';
import { applyChanges, tableChange, type TableChange } from './rollup-change';
import type {
  AccountMonthKey,
  AccountYearKey,
  DailyTotalKey,
  DailyTransferTotalKey,
  LumbungDb,
  MonthlyTotalKey,
  MonthlyTransferTotalKey,
} from './db';

/**
 * The tables a write transaction must hold: the ones given, plus every rollup derived from the daily
 * ones wherever those are, since each change to a daily rollup goes to its month and account too,
 * in the same transaction.
 */
export function withRollupTables(db: LumbungDb, tables: readonly Table[]): Table[] {
  const scope = [...tables];
  const add = (table: Table) => scope.includes(table) || scope.push(table);
  if (tables.includes(db.dailyTotals)) add(db.monthlyTotals);
  if (tables.includes(db.dailyTotals) || tables.includes(db.dailyTransferTotals)) {
    add(db.accountMonths);
    add(db.accountYears);
  }
  if (tables.includes(db.dailyTransferTotals)) add(db.monthlyTransferTotals);
  return scope;
}

/** What an entry adds to (sign 1) or takes from (sign −1) its daily total. Voided entries count nowhere. */
export function entryDelta(e: Entry, kind: CategoryKind, sign: 1 | -1): DailyTotal[] {
  if (e.voided) return [];
  const { bookId, date, categoryId, accountId } = e;
  return [{ bookId, date, categoryId, accountId, kind, amount: sign * e.amount, count: sign }];
}

/** What a transfer adds to (sign 1) or takes from (sign −1) its daily total. Voided ones count nowhere. */
export function transferDelta(t: Transfer, sign: 1 | -1): DailyTransferTotal[] {
  if (t.voided) return [];
  const { bookId, date, fromAccountId, toAccountId } = t;
  return [{ bookId, date, fromAccountId, toAccountId, amount: sign * t.amount, count: sign }];
}

/** The primary key of each rollup table's rows, as stored. */
const STORED = {
  daily: (t: DailyTotal): DailyTotalKey => [t.bookId, t.date, t.categoryId, t.accountId],
  monthly: (t: MonthlyTotal): MonthlyTotalKey => [t.bookId, t.month, t.categoryId, t.accountId],
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
  accountMonth: (t: AccountMonthTotal): AccountMonthKey => [t.bookId, t.month, t.accountId],
  accountYear: (t: AccountYearTotal): AccountYearKey => [t.bookId, t.year, t.accountId],
};

/** The account month and account year rows that signed legs move. */
const accountPlans = (db: LumbungDb, legs: ReturnType<typeof accountLegs>) => [
  tableChange(db.accountMonths, legsToMonths(legs), accountMonthKey, STORED.accountMonth),
  tableChange(db.accountYears, legsToYears(legs), accountYearKey, STORED.accountYear),
];

/** Every rollup table entry deltas change. */
export function entryChanges(db: LumbungDb, deltas: readonly DailyTotal[]): TableChange[] {
  const legs = accountLegs(deltas, []);
  return [
    tableChange(db.dailyTotals, deltas, dailyTotalKey, STORED.daily),
    tableChange(db.monthlyTotals, deltas.map(dayToMonth), monthlyTotalKey, STORED.monthly),
    ...accountPlans(db, legs),
  ];
}

/** Inside a write transaction (scoped by `withRollupTables`): applies entry deltas to every rollup they feed. */
export const applyDailyDeltas = (db: LumbungDb, deltas: readonly DailyTotal[]): Promise<void> =>
  applyChanges(entryChanges(db, deltas));

/** Inside a write transaction (scoped by `withRollupTables`): applies transfer deltas to every rollup they feed. */
export function applyTransferDeltas(db: LumbungDb, deltas: readonly DailyTransferTotal[]): Promise<void> {
  const legs = accountLegs([], deltas);
  return applyChanges([
    tableChange(db.dailyTransferTotals, deltas, dailyTransferTotalKey, STORED.dailyTransfer),
    tableChange(
      db.monthlyTransferTotals,
      deltas.map(transferDayToMonth),
      monthlyTransferTotalKey,
      STORED.monthlyTransfer,
    ),
    ...accountPlans(db, legs),
  ]);
}
