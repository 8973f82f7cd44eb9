import type { Transaction } from 'dexie';
import { packYearRow, type YearCells, type YearTotals } from '../domain/reports/year-cells';

/** A year row as versions 9 to 12 stored it: its cells as lists of objects. */
export type CellListYearRow = Pick<YearTotals, 'bookId' | 'year' | 'count'> & YearCells;

const isCellList = (row: CellListYearRow | YearTotals): row is CellListYearRow => 'months' in row;

/**
 * Version 13: packs every year row's cells into typed arrays (`YearTotals`), the same cells in the
 * same order. A row already packed (filled by the version 9 upgrade of this same open) stays.
 */
export async function packYearRowsOnUpgrade(tx: Transaction): Promise<void> {
  const table = tx.table<CellListYearRow | YearTotals>('yearTotals');
  const rows = await table.toArray();
  const packed = rows.filter(isCellList).map((r) => packYearRow(r.bookId, r.year, r, r.count));
  if (packed.length > 0) await table.bulkPut(packed);
}
