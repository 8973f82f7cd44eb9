import type { CategoryKind } from '../domain/kinds';
import type { DailyTotal, DailyTransferTotal } from '../domain/ledger-rows';
import { dailyTotalKey, dailyTransferTotalKey } from '../domain/ledger-rows';
import type { Entry, Transfer } from '../domain/model';
import { addMoney } from '../domain/money';
import type { DailyTotalKey, DailyTransferTotalKey, LumbungDb } from './db';

/** A daily total's primary key as stored. */
export const dailyKeyOf = (t: DailyTotal): DailyTotalKey => [t.bookId, t.date, t.categoryId, t.accountId];

/** A daily transfer total's primary key as stored. */
export const transferKeyOf = (t: DailyTransferTotal): DailyTransferTotalKey => [
  t.bookId,
  t.date,
  t.fromAccountId,
  t.toAccountId,
];

/** What an entry adds to (sign 1) or takes from (sign −1) its daily total. Voided entries count nowhere. */
export function entryDelta(e: Entry, kind: CategoryKind, sign: 1 | -1): DailyTotal[] {
  if (e.voided) return [];
  const { bookId, date, categoryId, accountId } = e;
  return [{ bookId, date, categoryId, accountId, kind, amount: sign * e.amount, count: sign }];
}

/** What a transfer adds to (sign 1) or takes from (sign −1) its daily total. Voided ones count nowhere. */
export function transferDelta(t: Transfer, sign: 1 | -1): DailyTransferTotal[] {
  if (t.voided) return [];
  const { bookId, date, fromAccountId, toAccountId } = t;
  return [{ bookId, date, fromAccountId, toAccountId, amount: sign * t.amount, count: sign }];
}

/** Sums deltas that share a key, dropping those that cancel out (an edit of the note only). */
function mergeDeltas<T extends { amount: number; count: number }>(
  deltas: readonly T[],
  keyOf: (t: T) => string,
) {
  const merged = new Map<string, T>();
  for (const d of deltas) {
    const key = keyOf(d);
    const row = merged.get(key);
    if (row) merged.set(key, { ...row, amount: addMoney(row.amount, d.amount), count: row.count + d.count });
    else merged.set(key, { ...d });
  }
  return [...merged.values()].filter((d) => d.amount !== 0 || d.count !== 0);
}

/** Adds merged deltas to stored rows: one bulk read, one bulk write; rows reaching zero entries go. */
async function applyMerged<T extends { amount: number; count: number }, K>(
  deltas: readonly T[],
  keyOf: (t: T) => K,
  table: {
    bulkGet(keys: K[]): PromiseLike<(T | undefined)[]>;
    bulkPut(rows: readonly T[]): PromiseLike<unknown>;
    bulkDelete(keys: K[]): PromiseLike<unknown>;
  },
): Promise<void> {
  if (deltas.length === 0) return;
  const keys = deltas.map(keyOf);
  const stored = await table.bulkGet(keys);
  const puts: T[] = [];
  const deletes: K[] = [];
  deltas.forEach((d, i) => {
    const before = stored[i];
    const count = (before?.count ?? 0) + d.count;
    if (count > 0) puts.push({ ...d, amount: addMoney(before?.amount ?? 0, d.amount), count });
    else if (before) deletes.push(keys[i] as K);
  });
  await table.bulkPut(puts);
  await table.bulkDelete(deletes);
}

/** Inside a write transaction: applies entry deltas to `dailyTotals`, merged once per key. */
export function applyDailyDeltas(db: LumbungDb, deltas: readonly DailyTotal[]): Promise<void> {
  return applyMerged(mergeDeltas(deltas, dailyTotalKey), dailyKeyOf, db.dailyTotals);
}

/** Inside a write transaction: applies transfer deltas to `dailyTransferTotals`, merged once per key. */
export function applyTransferDeltas(db: LumbungDb, deltas: readonly DailyTransferTotal[]): Promise<void> {
  return applyMerged(mergeDeltas(deltas, dailyTransferTotalKey), transferKeyOf, db.dailyTransferTotals);
}
