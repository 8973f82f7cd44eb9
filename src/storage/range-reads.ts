import type { DBCoreRangeType, DBCoreTransaction, IndexableType, Table } from 'dexie';
import type { LumbungDb } from './db';
import { datedBounds, prefixBounds, type KeyBounds } from './key-bounds';

/** One read of a key range of rows `T`: a table, its index (':id' for the primary key), inclusive bounds. */
export interface RangeRead<T> extends KeyBounds {
  table: Table;
  /** Never set: it carries the rows' type. */
  rows?: T[];
}

/** Rows whose compound primary key starts within [from, to], prefixes included (`prefixBounds`). */
export const keyRead = <T, K>(
  table: Table<T, K, T>,
  from: IndexableType[],
  to: IndexableType[],
): RangeRead<T> => ({ table, ...prefixBounds(from, to) });

/** A book's rows on the table's `bookId` index. */
export const bookRead = <T, K>(table: Table<T, K, T>, bookId: IndexableType): RangeRead<T> => ({
  table,
  index: 'bookId',
  lower: bookId,
  upper: bookId,
});

/** A book's rows dated in [from, to] on the table's [bookId+date] index (`datedBounds`). */
export const datedRead = <T, K>(
  table: Table<T, K, T>,
  bookId: IndexableType,
  from: string,
  to: string,
): RangeRead<T> => ({ table, ...datedBounds(bookId, from, to) });

// DBCoreRangeType.Range: a const enum of Dexie's types, with no value to import at run time.
const RANGE = 2 as DBCoreRangeType;

/** A read, or null for one a period does not need (it reads nothing). */
type MaybeRead = RangeRead<unknown> | null;

export type RowsOf<R extends readonly MaybeRead[]> = {
  [I in keyof R]: R[I] extends RangeRead<infer T> ? T[] : never[];
};

/**
 * One key range's rows (at most `limit`) straight from the table's core, in the transaction given:
 * below Dexie's tables and collections but above its middleware, so a live query still sees what
 * was read. A request of a few rows spends more in Dexie's table layer than in the database.
 */
export async function coreRange<T>(trans: DBCoreTransaction, r: RangeRead<T>, limit?: number): Promise<T[]> {
  const core = r.table.core;
  const index =
    r.index === ':id' ? core.schema.primaryKey : core.schema.indexes.find((i) => i.name === r.index);
  if (!index) throw new Error(`no index ${r.index} on ${r.table.name}`);
  const range = { type: RANGE, lower: r.lower, upper: r.upper, lowerOpen: false, upperOpen: false };
  return (await core.query({ trans, values: true, limit, query: { index, range } })).result as T[];
}

/**
 * Reads a few key ranges at one moment: one read transaction (the one already open, when there is
 * one), every request issued at once, each straight to Dexie's core (`coreRange`).
 */
export function readRanges<const R extends readonly MaybeRead[]>(
  db: LumbungDb,
  reads: R,
): Promise<RowsOf<R>> {
  const tables = [...new Set(reads.flatMap((r) => (r ? [r.table] : [])))];
  if (tables.length === 0) return Promise.resolve(reads.map(() => []) as RowsOf<R>);
  return db.transaction('r', tables, (tx) => {
    const trans = tx.idbtrans as unknown as DBCoreTransaction;
    return Promise.all(reads.map((r) => (r ? coreRange(trans, r) : []))) as Promise<RowsOf<R>>;
  });
}
