import type { Table } from 'dexie';
import { addMoney } from '../domain/money';
import { mergeByKey } from '../domain/reports/account-rollups';

type Counted = { amount: number; count: number };

/** Rollup rows by `table|key`: a row, or null when there is none. */
export type KnownRows = ReadonlyMap<string, unknown>;

/** One rollup table's part of a write: which rows its deltas change, how to read them, how to write them back. */
export interface TableChange {
  /** `table|key` of each row, for remembering them between saves. */
  ids: string[];
  read(): Promise<unknown[]>;
  /** The requests that write the new rows, and the rows as they will be (null: deleted). */
  write(before: readonly unknown[]): { requests: PromiseLike<unknown>[]; after: unknown[] };
}

/**
 * One rollup table's change: deltas merged once per key (`key` as text, `stored` the primary key);
 * each row is read, the delta added, and the row written back, or deleted when no entry is left in it.
 */
export function tableChange<T extends Counted, K>(
  table: Table<T, K>,
  deltas: readonly T[],
  key: (t: T) => string,
  stored: (t: T) => K,
): TableChange {
  const merged = mergeByKey(deltas, key);
  const keys = merged.map(stored);
  return {
    ids: merged.map((d) => `${table.name}|${key(d)}`),
    read: async () => (merged.length === 0 ? [] : (await table.bulkGet(keys)).map((row) => row ?? null)),
    write: (before) => {
      const puts: T[] = [];
      const deletes: K[] = [];
      const after = merged.map((d, i) => {
        const row = (before[i] ?? null) as T | null;
        const count = (row?.count ?? 0) + d.count;
        if (count <= 0) {
          if (row) deletes.push(keys[i] as K);
          return null;
        }
        const next = { ...d, amount: addMoney(row?.amount ?? 0, d.amount), count };
        puts.push(next);
        return next;
      });
      const requests = [
        ...(puts.length > 0 ? [table.bulkPut(puts)] : []),
        ...(deletes.length > 0 ? [table.bulkDelete(deletes)] : []),
      ];
      return { requests, after };
    },
  };
}

/** Inside a write transaction: every table's rows read at once, then every table written at once. */
export async function applyChanges(changes: readonly TableChange[]): Promise<void> {
  const before = await Promise.all(changes.map((c) => c.read()));
  await Promise.all(changes.flatMap((c, i) => c.write(before[i] ?? []).requests));
}

/** Rows read (or known) ahead of a write transaction, and the write that puts them back changed. */
export interface PreparedChanges {
  /**
   * Inside the write transaction: writes the new rows without reading them again, and resolves to
   * the rows as written. The rows are trusted because the same transaction checks the book's chain
   * tip: every verb that changes a rollup adds a revision, so an unmoved tip means no write came
   * between the rows being read (or remembered) and this write. (Rebuilding rollups adds none, but
   * it writes exactly what the entries add up to, which is what rows kept by a verb already hold.)
   */
  write(): Promise<Map<string, unknown>>;
}

/** Whether every row the changes touch is among the known rows. */
export const allKnown = (changes: readonly TableChange[], known: KnownRows): boolean =>
  changes.every((c) => c.ids.every((id) => known.has(id)));

/**
 * Prepares a write from rows known ahead (remembered from the last write) or, when `known` is not
 * given, read now (inside a read transaction that also reads the chain tip the write will check),
 * so that the write itself waits on no read.
 */
export async function prepareChanges(
  changes: readonly TableChange[],
  known?: KnownRows,
): Promise<PreparedChanges> {
  const before = known
    ? changes.map((c) => c.ids.map((id) => known.get(id) ?? null))
    : await Promise.all(changes.map((c) => c.read()));
  return {
    // Issued at once, no await of its own: inside a transaction every await is one more hop.
    write: () => {
      const writes = changes.map((c, i) => c.write(before[i] ?? []));
      return Promise.all(writes.flatMap((w) => w.requests)).then(
        () => new Map(changes.flatMap((c, i) => c.ids.map((id, j) => [id, writes[i]?.after[j] ?? null]))),
      );
    },
  };
}
