import type { BusinessMonth } from '../dates';
import type { Id } from '../model';
import type { MonthlyTotal, MonthlyTransferTotal } from './month-rollups';
import type { MonthSpan } from './spans';
import {
  MONTH_WIDTH,
  nameIndex,
  packYearRow,
  TRANSFER_WIDTH,
  yearCells,
  type YearCells,
  type YearTotals,
} from './year-cells';
import { addPackedCells, renamed, someNameUnused, type PackedCells } from './year-sums';

export type { YearMonthCell, YearTotals, YearTransferCell } from './year-cells';

/** The key that identifies a book's year row. */
export const yearTotalsKey = (t: Pick<YearTotals, 'bookId' | 'year'>): string => `${t.bookId}|${t.year}`;

const yearOf = (month: BusinessMonth): string => month.slice(0, 4);

/** Packs monthly totals (or signed deltas of them) into one row per book and year. */
export function packYears(
  monthly: readonly MonthlyTotal[],
  transfers: readonly MonthlyTransferTotal[],
): YearTotals[] {
  const years = new Map<string, { bookId: Id; year: string; cells: YearCells; count: number }>();
  const rowOf = (bookId: Id, year: string) => {
    const key = yearTotalsKey({ bookId, year });
    let row = years.get(key);
    if (!row) years.set(key, (row = { bookId, year, cells: { months: [], transfers: [] }, count: 0 }));
    return row;
  };
  for (const { bookId, ...cell } of monthly) {
    const row = rowOf(bookId, yearOf(cell.month));
    row.cells.months.push(cell);
    row.count += cell.count;
  }
  for (const { bookId, ...cell } of transfers) {
    const row = rowOf(bookId, yearOf(cell.month));
    row.cells.transfers.push(cell);
    row.count += cell.count;
  }
  return [...years.values()].map((r) => packYearRow(r.bookId, r.year, r.cells, r.count));
}

const monthsOf = (row: YearTotals | null): PackedCells => ({
  cells: row?.monthCells ?? new Int32Array(0),
  amounts: row?.monthAmounts ?? new Float64Array(0),
});

const transfersOf = (row: YearTotals | null): PackedCells => ({
  cells: row?.transferCells ?? new Int32Array(0),
  amounts: row?.transferAmounts ?? new Float64Array(0),
});

/**
 * A stored year row (null: none yet) with a delta row of the same year added, counting `count`:
 * the cells the delta touches are summed, every other one is kept as it was, new ones come last,
 * and a cell left counting no record goes. A save moves one or two cells of a year's hundreds, so
 * only those are touched, in the typed arrays themselves.
 */
export function addYearTotals(row: YearTotals | null, delta: YearTotals, count: number): YearTotals {
  const names = [...(row?.names ?? [])];
  const index = nameIndex(names);
  const months = addPackedCells(
    monthsOf(row),
    renamed(monthsOf(delta), MONTH_WIDTH, delta.names, index),
    MONTH_WIDTH,
  );
  const moved = addPackedCells(
    transfersOf(row),
    renamed(transfersOf(delta), TRANSFER_WIDTH, delta.names, index),
    TRANSFER_WIDTH,
  );
  const next: YearTotals = {
    bookId: delta.bookId,
    year: delta.year,
    names,
    monthCells: months.cells,
    monthAmounts: months.amounts,
    transferCells: moved.cells,
    transferAmounts: moved.amounts,
    count,
  };
  // A cell gone, or a delta's kind kept from the stored cell, may leave a name no cell uses:
  // packed again, the row names only what it holds.
  const unused =
    months.dropped ||
    moved.dropped ||
    someNameUnused(names, [
      [next.monthCells, MONTH_WIDTH],
      [next.transferCells, TRANSFER_WIDTH],
    ]);
  return unused ? packYearRow(next.bookId, next.year, yearCells(next), count) : next;
}

/** Merges year rows (or deltas) of the same book and year into one each, their cells side by side. */
export function mergeYearTotals(rows: readonly YearTotals[], key: (t: YearTotals) => string): YearTotals[] {
  const groups = new Map<string, YearTotals[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return [...groups.values()].map((group) => {
    const [first] = group;
    if (group.length === 1 || !first) return first as YearTotals;
    const cells = group.map(yearCells);
    return packYearRow(
      first.bookId,
      first.year,
      { months: cells.flatMap((c) => c.months), transfers: cells.flatMap((c) => c.transfers) },
      group.reduce((sum, r) => sum + r.count, 0),
    );
  });
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
  for (const row of rows) {
    const { bookId } = row;
    const { months, transfers: moved } = yearCells(row);
    for (const cell of months) if (inSpan(cell.month)) monthly.push({ ...cell, bookId });
    for (const cell of moved) if (inSpan(cell.month)) transfers.push({ ...cell, bookId });
  }
  return { monthly, transfers };
}
