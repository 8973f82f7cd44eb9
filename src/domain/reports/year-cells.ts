import type { Id } from '../model';
import type { MonthlyTotal, MonthlyTransferTotal } from './month-rollups';

/** A monthly total without its book, as a year row holds it. */
export type YearMonthCell = Omit<MonthlyTotal, 'bookId'>;

/** A monthly transfer total without its book, as a year row holds it. */
export type YearTransferCell = Omit<MonthlyTransferTotal, 'bookId'>;

/**
 * A book's whole calendar year packed in one row: every month's total per category and account,
 * and every month's transfers per pair of accounts. The cells are numbers in typed arrays, each
 * naming its month, category, account and kind by an index into `names`, so storing the row
 * copies a few buffers instead of hundreds of small objects (since schema version 13).
 */
export interface YearTotals {
  bookId: Id;
  /** `YYYY`. */
  year: string;
  /** Every month, id and kind the cells name, each once. */
  names: string[];
  /** `MONTH_WIDTH` numbers a month cell: month, category, account, kind (indexes into `names`), count. */
  monthCells: Int32Array;
  /** Each month cell's amount, in the cells' order. */
  monthAmounts: Float64Array;
  /** `TRANSFER_WIDTH` numbers a transfer cell: month, from and to account (indexes into `names`), count. */
  transferCells: Int32Array;
  /** Each transfer cell's amount, in the cells' order. */
  transferAmounts: Float64Array;
  /** Entries and transfers counted in the year (the row goes when none are left). */
  count: number;
}

/** Numbers a month cell takes in `monthCells`. */
export const MONTH_WIDTH = 5;
/** Numbers a transfer cell takes in `transferCells`. */
export const TRANSFER_WIDTH = 4;
/**
 * A cell's key is its first three numbers (month and category and account, or month and the two
 * accounts); its count is its last.
 */
export const KEY_WIDTH = 3;

/** The cells of a year row as plain objects. */
export interface YearCells {
  months: YearMonthCell[];
  transfers: YearTransferCell[];
}

/** Hands out one index per distinct name, in order of first use. */
export function nameIndex(names: string[]): (name: string) => number {
  const at = new Map(names.map((name, i) => [name, i]));
  return (name) => {
    let i = at.get(name);
    if (i === undefined) {
      i = names.length;
      names.push(name);
      at.set(name, i);
    }
    return i;
  };
}

/** Packs cells into a year row, in their order; `count` is the row's count of records. */
export function packYearRow(bookId: Id, year: string, cells: YearCells, count: number): YearTotals {
  const names: string[] = [];
  const index = nameIndex(names);
  const monthCells = new Int32Array(cells.months.length * MONTH_WIDTH);
  const monthAmounts = new Float64Array(cells.months.length);
  cells.months.forEach((c, i) => {
    monthCells.set(
      [index(c.month), index(c.categoryId), index(c.accountId), index(c.kind), c.count],
      i * MONTH_WIDTH,
    );
    monthAmounts[i] = c.amount;
  });
  const transferCells = new Int32Array(cells.transfers.length * TRANSFER_WIDTH);
  const transferAmounts = new Float64Array(cells.transfers.length);
  cells.transfers.forEach((c, i) => {
    transferCells.set(
      [index(c.month), index(c.fromAccountId), index(c.toAccountId), c.count],
      i * TRANSFER_WIDTH,
    );
    transferAmounts[i] = c.amount;
  });
  return { bookId, year, names, monthCells, monthAmounts, transferCells, transferAmounts, count };
}

/** A year row's cells as plain objects, in their order. */
export function yearCells(row: YearTotals): YearCells {
  const { names, monthCells: m, transferCells: t } = row;
  const months: YearMonthCell[] = [];
  for (let i = 0; i < row.monthAmounts.length; i++) {
    const at = i * MONTH_WIDTH;
    months.push({
      month: names[m[at]],
      categoryId: names[m[at + 1]],
      accountId: names[m[at + 2]],
      kind: names[m[at + 3]] as YearMonthCell['kind'],
      amount: row.monthAmounts[i],
      count: m[at + 4],
    });
  }
  const transfers: YearTransferCell[] = [];
  for (let i = 0; i < row.transferAmounts.length; i++) {
    const at = i * TRANSFER_WIDTH;
    transfers.push({
      month: names[t[at]],
      fromAccountId: names[t[at + 1]],
      toAccountId: names[t[at + 2]],
      amount: row.transferAmounts[i],
      count: t[at + 3],
    });
  }
  return { months, transfers };
}
