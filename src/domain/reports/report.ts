import type { ContactDailyTotal } from '../credit/rollups';
import type { BusinessDate } from '../dates';
import { inventoryLines, type InventoryLines, type StockLevel } from '../stock/levels';
import type { DailyTotal, DailyTransferTotal } from '../daily-rollups';
import type { AccountAmount } from './account-rollups';
import { sumByKind, type KindTotals } from './by-kind';
import { buildCashFlow, type CashFlow } from './cash-flow';
import { buildMonths, type MonthRow } from './months';
import { buildProfitAndLoss, type ProfitAndLoss } from './profit-and-loss';
import type { AccountRef, CategoryRef } from './refs';

/**
 * What a report is built from: rollup rows dated up to `to` (those before `from` make the opening
 * balance), and optionally per-account balances carried in from before the earliest row.
 */
export interface ReportInput {
  from: BusinessDate;
  to: BusinessDate;
  totals: readonly DailyTotal[];
  transfers: readonly DailyTransferTotal[];
  categories: readonly CategoryRef[];
  accounts: readonly AccountRef[];
  carried?: readonly AccountAmount[];
  /** Credit rollup rows dated up to `to`, like `totals` (daily, or months stood on their first day). */
  credit?: readonly ContactDailyTotal[];
  /** Stock levels up to `to`, the latest one before `from` included. */
  stock?: readonly StockLevel[];
}

/** A period's report: profit and loss, cash flow, month by month and totals per kind. */
export interface Report {
  period: { from: BusinessDate; to: BusinessDate };
  profitAndLoss: ProfitAndLoss;
  cashFlow: CashFlow;
  months: MonthRow[];
  byKind: KindTotals;
  /** Purchases and the stock the period opened and closed with, which make its HPP. */
  inventory: InventoryLines;
  /** Non-voided entries and transfers dated in the period. */
  counts: { entries: number; transfers: number };
}

/** Splits rows into those dated before `from` and those in [from, to]; later rows are dropped. */
function split<T extends { date: BusinessDate }>(rows: readonly T[], from: BusinessDate, to: BusinessDate) {
  const before: T[] = [];
  const period: T[] = [];
  for (const row of rows) {
    if (row.date < from) before.push(row);
    else if (row.date <= to) period.push(row);
  }
  return { before, period };
}

const countOf = (rows: readonly { count: number }[]): number => rows.reduce((n, row) => n + row.count, 0);

/** Builds the whole report of [from, to] from rollup rows. */
export function buildReport({
  from,
  to,
  totals,
  transfers,
  categories,
  accounts,
  carried,
  credit = [],
  stock = [],
}: ReportInput): Report {
  if (from > to) throw new RangeError(`period ends before it starts: ${from}..${to}`);
  const rows = split(totals, from, to);
  const moved = split(transfers, from, to);
  const owed = split(credit, from, to);
  const cashFlow = buildCashFlow({
    before: rows.before,
    period: rows.period,
    transfersBefore: moved.before,
    transfersPeriod: moved.period,
    accounts,
    ...(carried ? { carried } : {}),
    creditBefore: owed.before,
    creditPeriod: owed.period,
  });
  const byKind = sumByKind(rows.period);
  const inventory = inventoryLines(stock, from, to, byKind.hpp);
  return {
    period: { from, to },
    profitAndLoss: buildProfitAndLoss(rows.period, categories, inventory),
    cashFlow,
    months: buildMonths({
      from,
      to,
      openingBalance: cashFlow.openingBalance,
      totals: rows.period,
      credit: owed.period,
      stock,
    }),
    byKind,
    inventory,
    counts: { entries: countOf(rows.period), transfers: countOf(moved.period) },
  };
}
