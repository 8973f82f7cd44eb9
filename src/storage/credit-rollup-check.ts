import type { Table } from 'dexie';
import {
  contactDailyKey,
  contactMonthlyKey,
  rollUpCredit,
  rollUpCreditMonths,
} from '../domain/credit/rollups';
import { creditYearKey, creditYearMonths, packCreditYears, type CreditYear } from '../domain/credit/years';
import type { CategoryKind } from '../domain/kinds';
import type { Id } from '../domain/model';
import { EVERY_MONTH } from '../domain/reports/year-rollups';
import { rollUpStock, stockLevelKey } from '../domain/stock/levels';
import type { LumbungDb } from './db';
import { checkOpenCredit } from './open-credit';
import { keyRange } from './queries';

/** A stored credit rollup or stock level that differs from what the records add up to. */
export interface CreditRollupMismatch {
  table: 'contactDailyTotals' | 'contactMonthlyTotals' | 'creditYears' | 'stockLevels' | 'openCredit';
  key: string;
  stored: string | null;
  expected: string | null;
}

/** The credit rollups and stock levels a book's records add up to (the reference, read in full). */
export async function expectedCreditRollups(db: LumbungDb, bookId: Id) {
  const [categories, entries, settlements, openingItems, counts] = await Promise.all([
    db.categories.where('bookId').equals(bookId).toArray(),
    db.entries.where('[bookId+contactId+date]').between([bookId, ''], [bookId, '\uffff']).toArray(),
    db.settlements.where('bookId').equals(bookId).toArray(),
    db.openingItems.where('bookId').equals(bookId).toArray(),
    db.stockCounts.where('bookId').equals(bookId).toArray(),
  ]);
  const kinds = new Map(categories.map((c) => [c.id, c.kind]));
  const kindOf = (categoryId: Id): CategoryKind => {
    const kind = kinds.get(categoryId);
    if (!kind) throw new Error(`entry refers to a missing category ${categoryId}`);
    return kind;
  };
  const daily = rollUpCredit(entries, kindOf, settlements, openingItems);
  const monthly = rollUpCreditMonths(daily);
  return { daily, monthly, years: packCreditYears(monthly), stock: rollUpStock(counts) };
}

/** A row's figures as text, fields in name order, so rows compare whatever order they were built in. */
const figures = (row: object): string => JSON.stringify(row, Object.keys(row).sort());

function compare<T extends object>(
  table: CreditRollupMismatch['table'],
  stored: readonly T[],
  expected: readonly T[],
  keyOf: (row: T) => string,
): CreditRollupMismatch[] {
  const want = new Map(expected.map((r) => [keyOf(r), figures(r)]));
  const out: CreditRollupMismatch[] = [];
  for (const row of stored) {
    const key = keyOf(row);
    const should = want.get(key) ?? null;
    want.delete(key);
    if (figures(row) !== should) out.push({ table, key, stored: figures(row), expected: should });
  }
  for (const [key, should] of want) out.push({ table, key, stored: null, expected: should });
  return out;
}

const cellKey = (c: { date: string; side: string; accountId: string }) =>
  `${c.date}|${c.side}|${c.accountId}`;

/** The credit years' cells against the months they sum, and each year's count of records. */
function compareYears(
  stored: readonly CreditYear[],
  expected: readonly CreditYear[],
): CreditRollupMismatch[] {
  const counted = ({ bookId, year, count }: CreditYear) => ({ bookId, year, count });
  return [
    ...compare(
      'creditYears',
      creditYearMonths(stored, EVERY_MONTH),
      creditYearMonths(expected, EVERY_MONTH),
      cellKey,
    ),
    ...compare('creditYears', stored.map(counted), expected.map(counted), creditYearKey),
  ];
}

const bookRange = <T, K>(table: Table<T, K>, bookId: Id) => keyRange(table, [bookId], [bookId]);

/** Every difference between a book's stored credit rollups and stock levels and its records (none when exact). */
export async function checkCreditRollups(db: LumbungDb, bookId: Id): Promise<CreditRollupMismatch[]> {
  const [expected, daily, monthly, years, stock, open] = await Promise.all([
    expectedCreditRollups(db, bookId),
    db.contactDailyTotals.where('[bookId+contactId+side+date]').between([bookId], [bookId, []]).toArray(),
    bookRange(db.contactMonthlyTotals, bookId).toArray(),
    bookRange(db.creditYears, bookId).toArray(),
    bookRange(db.stockLevels, bookId).toArray(),
    checkOpenCredit(db, bookId),
  ]);
  return [
    ...compare('contactDailyTotals', daily, expected.daily, contactDailyKey),
    ...compare('contactMonthlyTotals', monthly, expected.monthly, contactMonthlyKey),
    ...compareYears(years, expected.years),
    ...compare('stockLevels', stock, expected.stock, stockLevelKey),
    ...open.map((m) => ({ table: 'openCredit' as const, ...m })),
  ];
}

/**
 * Inside a transaction holding the credit rollup tables and the records they sum: replaces a
 * book's credit rollups (days, months, years) and stock levels with what its records add up to.
 */
export async function rebuildCreditRollups(db: LumbungDb, bookId: Id): Promise<void> {
  const expected = await expectedCreditRollups(db, bookId);
  const tables = [db.contactDailyTotals, db.contactMonthlyTotals, db.creditYears, db.stockLevels] as const;
  await Promise.all(tables.map((table: Table) => bookRange(table, bookId).delete()));
  await Promise.all([
    db.contactDailyTotals.bulkAdd(expected.daily),
    db.contactMonthlyTotals.bulkAdd(expected.monthly),
    db.creditYears.bulkAdd(expected.years),
    db.stockLevels.bulkAdd(expected.stock),
  ]);
}
