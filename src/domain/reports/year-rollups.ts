import type { BusinessMonth } from '../dates';
import type { Id } from '../model';
import { addMoney } from '../money';
import {
  monthlyTotalKey,
  monthlyTransferTotalKey,
  type MonthlyTotal,
  type MonthlyTransferTotal,
} from './month-rollups';
import type { MonthSpan } from './spans';

/** A monthly total without its book, as a year row holds it. */
export type YearMonthCell = Omit<MonthlyTotal, 'bookId'>;

/** A monthly transfer total without its book, as a year row holds it. */
export type YearTransferCell = Omit<MonthlyTransferTotal, 'bookId'>;

/**
 * A book's whole calendar year packed in one row: every month's total per category and account,
 * and every month's transfers per pair of accounts. A report of a year reads one row instead of a
 * row per category, account and month; the monthly tables stay the source they must equal.
 */
export interface YearTotals {
  bookId: Id;
  /** `YYYY`. */
  year: string;
  months: YearMonthCell[];
  transfers: YearTransferCell[];
  /** Entries and transfers counted in the year (the row goes when none are left). */
  count: number;
}

/** The key that identifies a book's year row. */
export const yearTotalsKey = (t: Pick<YearTotals, 'bookId' | 'year'>): string => `${t.bookId}|${t.year}`;

const yearOf = (month: BusinessMonth): string => month.slice(0, 4);

/** Packs monthly totals (or signed deltas of them) into one row per book and year. */
export function packYears(
  monthly: readonly MonthlyTotal[],
  transfers: readonly MonthlyTransferTotal[],
): YearTotals[] {
  const years = new Map<string, YearTotals>();
  const rowOf = (bookId: Id, year: string) => {
    const key = yearTotalsKey({ bookId, year });
    let row = years.get(key);
    if (!row) years.set(key, (row = { bookId, year, months: [], transfers: [], count: 0 }));
    return row;
  };
  for (const { bookId, ...cell } of monthly) {
    const row = rowOf(bookId, yearOf(cell.month));
    row.months.push(cell);
    row.count += cell.count;
  }
  for (const { bookId, ...cell } of transfers) {
    const row = rowOf(bookId, yearOf(cell.month));
    row.transfers.push(cell);
    row.count += cell.count;
  }
  return [...years.values()];
}

/** Sums cells of the same key, in the order each key first appears. */
function sumCells<T extends { amount: number; count: number }>(
  cells: readonly T[],
  key: (t: T) => string,
): Map<string, T> {
  const sums = new Map<string, T>();
  for (const cell of cells) {
    const k = key(cell);
    const had = sums.get(k);
    sums.set(
      k,
      had ? { ...had, amount: addMoney(had.amount, cell.amount), count: had.count + cell.count } : cell,
    );
  }
  return sums;
}

/**
 * A stored row's cells with deltas added, keeping only those that still count a record: the cells
 * the deltas touch are summed, every other one is kept as it was, new ones come last. A save moves
 * one or two cells of a year's hundreds, so only those are rebuilt.
 */
function addCells<T extends { amount: number; count: number }>(
  cells: readonly T[],
  deltas: readonly T[],
  key: (t: T) => string,
): T[] {
  const pending = sumCells(deltas, key);
  const out: T[] = [];
  for (const cell of cells) {
    const k = key(cell);
    const delta = pending.get(k);
    pending.delete(k);
    const next = delta
      ? { ...cell, amount: addMoney(cell.amount, delta.amount), count: cell.count + delta.count }
      : cell;
    if (next.count > 0) out.push(next);
  }
  for (const cell of pending.values()) if (cell.count > 0) out.push(cell);
  return out;
}

// A cell is its monthly total without the book: the same key with the book left empty.
const monthCellKey = (c: YearMonthCell) =>
  monthlyTotalKey({ bookId: '', month: c.month, categoryId: c.categoryId, accountId: c.accountId });
const transferCellKey = (c: YearTransferCell) =>
  monthlyTransferTotalKey({
    bookId: '',
    month: c.month,
    fromAccountId: c.fromAccountId,
    toAccountId: c.toAccountId,
  });

/** A stored year row (null: none yet) with a delta row of the same year added, counting `count`. */
export const addYearTotals = (row: YearTotals | null, delta: YearTotals, count: number): YearTotals => ({
  bookId: delta.bookId,
  year: delta.year,
  months: addCells(row?.months ?? [], delta.months, monthCellKey),
  transfers: addCells(row?.transfers ?? [], delta.transfers, transferCellKey),
  count,
});

/** Merges year rows (or deltas) of the same book and year into one each, their cells side by side. */
export function mergeYearTotals(rows: readonly YearTotals[], key: (t: YearTotals) => string): YearTotals[] {
  const merged = new Map<string, YearTotals>();
  for (const row of rows) {
    const k = key(row);
    const had = merged.get(k);
    merged.set(
      k,
      had
        ? {
            ...had,
            months: [...had.months, ...row.months],
            transfers: [...had.transfers, ...row.transfers],
            count: had.count + row.count,
          }
        : row,
    );
  }
  return [...merged.values()];
}

/** The year rows holding a span of months (one row per calendar year it touches). */
export const yearsOfSpan = (span: MonthSpan): { from: string; to: string } => ({
  from: yearOf(span.from),
  to: yearOf(span.to),
});

/** A span holding every month, for reading all that year rows hold. */
export const EVERY_MONTH: MonthSpan = { from: '0000-01', to: '9999-12' };

/** The monthly totals and transfer totals a book's year rows hold for the months of a span. */
export function unpackMonths(
  rows: readonly YearTotals[],
  span: MonthSpan,
): { monthly: MonthlyTotal[]; transfers: MonthlyTransferTotal[] } {
  const inSpan = (m: BusinessMonth) => span.from <= m && m <= span.to;
  const monthly: MonthlyTotal[] = [];
  const transfers: MonthlyTransferTotal[] = [];
  for (const { bookId, months, transfers: moved } of rows) {
    for (const cell of months) if (inSpan(cell.month)) monthly.push({ ...cell, bookId });
    for (const cell of moved) if (inSpan(cell.month)) transfers.push({ ...cell, bookId });
  }
  return { monthly, transfers };
}
