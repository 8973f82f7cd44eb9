import { Dexie, type Table } from 'dexie';
import type { CreditExpectation } from '../domain/changes/change';
import { overdrawnProblems } from '../domain/credit/balances';
import type { ContactDailyTotal } from '../domain/credit/rollups';
import type { Id } from '../domain/model';
import { mergeByKey } from '../domain/reports/account-rollups';
import { stockLevelKey, type StockLevel } from '../domain/stock/levels';
import type { LumbungDb } from './db';
import { bookRows } from './expectations';
import { expectUnchanged, StaleReadError } from './retry';

/** Whether credit deltas can lower what someone owes (and so need the balance check). */
export const lowersDebt = (deltas: readonly ContactDailyTotal[]): boolean =>
  deltas.some((d) => d.settled > 0 || d.credit < 0 || d.opening < 0);

/** One contact's daily credit rows on one side, every day of its history (a range of their index). */
export const contactSideRows = (db: LumbungDb, bookId: Id, contactId: Id, side: string) =>
  db.contactDailyTotals
    .where('[bookId+contactId+side+date]')
    .between([bookId, contactId, side, Dexie.minKey], [bookId, contactId, side, Dexie.maxKey]);

/**
 * Inside a write transaction: the request that reads what a contact expectation is about,
 * rejecting with `StaleReadError` when it no longer holds.
 */
export function checkCreditExpectation(db: LumbungDb, e: CreditExpectation): Promise<void> {
  if (e.what === 'row')
    return db.contacts.get(e.id).then((row) => expectUnchanged(e.row, row, `contact ${e.id}`));
  return bookRows(db.contacts as Table<unknown, Id>, e.bookId).then((rows) =>
    expectUnchanged(e.rows, rows, `contacts of book ${e.bookId}`),
  );
}

/**
 * Inside a write transaction: reads the history of every contact and side the deltas touch and
 * rejects with `StaleReadError` when, with the deltas, any would owe below zero on some day. The
 * verb then plans again from a fresh read, and refuses with the contact's name and what is owed.
 */
export function checkNotOverdrawn(db: LumbungDb, deltas: readonly ContactDailyTotal[]): Promise<void> {
  if (!lowersDebt(deltas)) return Promise.resolve();
  const touched = new Map(deltas.map((d) => [`${d.bookId}|${d.contactId}|${d.side}`, d]));
  const reads = [...touched.values()].map((d) =>
    contactSideRows(db, d.bookId, d.contactId, d.side).toArray(),
  );
  return Promise.all(reads).then((rows) => {
    const problems = overdrawnProblems(rows.flat(), deltas, (id) => id);
    if (problems.length > 0) throw new StaleReadError(`what contact ${problems[0]?.params?.contact} owes`);
  });
}

/** Inside a write transaction: rejects with `StaleReadError` when a day would get a second stock count. */
export function checkOneCountADay(db: LumbungDb, deltas: readonly StockLevel[]): Promise<void> {
  const added = mergeByKey(deltas, stockLevelKey).filter((d) => d.count > 0);
  if (added.length === 0) return Promise.resolve();
  return db.stockLevels.bulkGet(added.map((d) => [d.bookId, d.date])).then((rows) =>
    rows.forEach((row, i) => {
      if ((row?.count ?? 0) + (added[i]?.count ?? 0) > 1) throw new StaleReadError(`stock of ${row?.date}`);
    }),
  );
}
