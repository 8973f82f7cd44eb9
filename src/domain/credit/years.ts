import { firstDayOf } from '../dates';
import type { Id } from '../model';
import { addMoney } from '../money';
import type { MonthSpan } from '../reports/spans';
import type { ContactDailyTotal, ContactMonthlyTotal } from './rollups';

/** A month of a book's credit rollups summed over its contacts, on one side through one account. */
export type CreditYearCell = Omit<ContactMonthlyTotal, 'bookId' | 'contactId'>;

/**
 * A book's calendar year of credit, summed over its contacts: a cell per month, side and account.
 * The position and the reports read what the contacts add up to, never one contact's part, so a
 * year of a busy book's debts is one row instead of a row per contact, side and account a month.
 * The monthly credit rollups (`ContactMonthlyTotal`) stay the source it must equal.
 */
export interface CreditYear {
  bookId: Id;
  /** `YYYY`. */
  year: string;
  cells: CreditYearCell[];
  /** Records counted in the year (the row goes when none are left). */
  count: number;
}

/** The contact id of rows unpacked from year rows: they stand for every contact of the book together. */
export const EVERY_CONTACT: Id = '';

/** The key that identifies a book's credit year. */
export const creditYearKey = (t: Pick<CreditYear, 'bookId' | 'year'>): string => `${t.bookId}|${t.year}`;

const cellKey = (c: Pick<CreditYearCell, 'month' | 'side' | 'accountId'>): string =>
  `${c.month}|${c.side}|${c.accountId}`;

const sumCell = (a: CreditYearCell, b: CreditYearCell): CreditYearCell => ({
  ...a,
  credit: addMoney(a.credit, b.credit),
  opening: addMoney(a.opening, b.opening),
  settled: addMoney(a.settled, b.settled),
  count: a.count + b.count,
});

/** Sums cells of the same month, side and account, in the order each first appears. */
function sumCells(cells: readonly CreditYearCell[]): Map<string, CreditYearCell> {
  const sums = new Map<string, CreditYearCell>();
  for (const cell of cells) {
    const k = cellKey(cell);
    const had = sums.get(k);
    sums.set(k, had ? sumCell(had, cell) : cell);
  }
  return sums;
}

/** Packs monthly credit rollups (or signed deltas of them) into one row per book and year. */
export function packCreditYears(monthly: readonly Omit<ContactMonthlyTotal, 'contactId'>[]): CreditYear[] {
  const years = new Map<string, { bookId: Id; year: string; cells: CreditYearCell[]; count: number }>();
  for (const { bookId, month, side, accountId, credit, opening, settled, count } of monthly) {
    const year = month.slice(0, 4);
    const key = creditYearKey({ bookId, year });
    const row = years.get(key) ?? { bookId, year, cells: [], count: 0 };
    row.cells.push({ month, side, accountId, credit, opening, settled, count });
    row.count += count;
    years.set(key, row);
  }
  return [...years.values()].map((row) => ({ ...row, cells: [...sumCells(row.cells).values()] }));
}

/**
 * A stored year (null: none yet) with a delta of the same year added, counting `count` records:
 * the cells the delta touches are summed, every other one kept as it was, new ones last; a cell
 * left counting no record goes. A save moves one cell of a year's few dozen.
 */
export function addCreditYear(row: CreditYear | null, delta: CreditYear, count: number): CreditYear {
  const pending = sumCells(delta.cells);
  const cells: CreditYearCell[] = [];
  for (const cell of row?.cells ?? []) {
    const k = cellKey(cell);
    const moved = pending.get(k);
    pending.delete(k);
    const next = moved ? sumCell(cell, moved) : cell;
    if (next.count > 0) cells.push(next);
  }
  for (const cell of pending.values()) if (cell.count > 0) cells.push(cell);
  return { bookId: delta.bookId, year: delta.year, cells, count };
}

/** Merges years (or deltas) of the same book and year into one each, their cells side by side. */
export function mergeCreditYears(rows: readonly CreditYear[], key: (t: CreditYear) => string): CreditYear[] {
  const merged = new Map<string, CreditYear>();
  for (const row of rows) {
    const k = key(row);
    const had = merged.get(k);
    merged.set(k, had ? { ...had, cells: [...had.cells, ...row.cells], count: had.count + row.count } : row);
  }
  return [...merged.values()];
}

/**
 * The months of a span that some years hold, each stood on its first day as a credit rollup of
 * `EVERY_CONTACT`: what the position's totals, the cash flow and the months of a report read.
 */
export function creditYearMonths(rows: readonly CreditYear[], span: MonthSpan): ContactDailyTotal[] {
  const out: ContactDailyTotal[] = [];
  for (const { bookId, cells } of rows)
    for (const { month, ...cell } of cells)
      if (span.from <= month && month <= span.to)
        out.push({ bookId, date: firstDayOf(month), contactId: EVERY_CONTACT, ...cell });
  return out;
}
