import {
  Dexie,
  type DBCoreMutateRequest,
  type DBCoreTransaction,
  type IndexableType,
  type Table,
} from 'dexie';

/** The open transaction as Dexie's core takes it; a core request has no transaction of its own. */
export function coreTransaction(): DBCoreTransaction {
  const tx = Dexie.currentTransaction;
  if (!tx) throw new Error('a core request runs inside a transaction');
  return tx.idbtrans as unknown as DBCoreTransaction;
}

/**
 * One request straight to the table's core, inside the open transaction: below Dexie's tables (no
 * promise, scope check and argument handling of their own per request) but above its middleware,
 * so a live query and Dexie's cache still see the write (as `readRanges` reads). The core answers a
 * row that failed without failing itself; it rejects here with Dexie's `BulkError`, as `bulkAdd`
 * and `bulkPut` do, and so aborts the transaction.
 */
function mutate(table: Table, request: DBCoreMutateRequest, count: number): PromiseLike<unknown> {
  return table.core.mutate(request).then(({ numFailures, failures }) => {
    if (numFailures === 0) return undefined;
    throw new Dexie.BulkError(`${table.name}: ${numFailures} of ${count} operations failed`, failures);
  });
}

/** Adds rows inside the open transaction (see `mutate`); rejects when any key is already taken. */
export const coreAdd = (table: Table, rows: readonly unknown[]): PromiseLike<unknown> =>
  mutate(table, { type: 'add', trans: coreTransaction(), values: rows }, rows.length);

/** Puts rows inside the open transaction (see `mutate`). */
export const corePut = (table: Table, rows: readonly unknown[]): PromiseLike<unknown> =>
  mutate(table, { type: 'put', trans: coreTransaction(), values: rows }, rows.length);

/** Deletes rows by primary key inside the open transaction (see `mutate`). */
export const coreDelete = (table: Table, keys: readonly IndexableType[]): PromiseLike<unknown> =>
  mutate(table, { type: 'delete', trans: coreTransaction(), keys: [...keys] }, keys.length);
