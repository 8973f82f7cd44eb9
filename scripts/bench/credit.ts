// The debts and stock metrics of the bench page, on a book seeded by ./credit-seed.ts.
import type { BusinessDate } from '../../src/domain/dates';
import { rollUpCredit } from '../../src/domain/credit/rollups';
import { rollUp } from '../../src/domain/daily-rollups';
import { buildPosition, buildReport } from '../../src/domain/reports';
import { rollUpStock } from '../../src/domain/stock/levels';
import {
  addEntry,
  bookDebts,
  contactPage,
  entriesInRange,
  listAccounts,
  listCategories,
  listContacts,
  positionAt,
  reportInput,
  type LumbungDb,
} from '../../src/storage';

/** The neraca at `to` and the laba rugi of [from, to] with HPP, as the reports screen reads them. */
export async function positionAndYear(db: LumbungDb, bookId: string, from: BusinessDate, to: BusinessDate) {
  const [position, rows] = await Promise.all([positionAt(db, bookId, to), reportInput(db, bookId, from, to)]);
  return { position, report: buildReport({ from, to, ...rows }) };
}

/** Reference: the same figures by scanning the year's records (entries, settlements, stock counts). */
export async function positionAndYearByScan(
  db: LumbungDb,
  bookId: string,
  from: BusinessDate,
  to: BusinessDate,
) {
  const [entries, settlements, counts, categories, accounts] = await Promise.all([
    entriesInRange(db, bookId, from, to),
    db.settlements.where('[bookId+date]').between([bookId, from], [bookId, to], true, true).toArray(),
    db.stockCounts.where('bookId').equals(bookId).toArray(),
    listCategories(db, bookId),
    listAccounts(db, bookId),
  ]);
  const kinds = new Map(categories.map((c) => [c.id, c.kind]));
  const kindOf = (id: string) => kinds.get(id) ?? 'pendapatan';
  const { daily, transfers } = rollUp(entries, [], kindOf);
  const credit = rollUpCredit(entries, kindOf, settlements, []);
  const stock = rollUpStock(counts);
  return {
    position: buildPosition({ date: to, totals: daily, credit, stock }),
    report: buildReport({ from, to, totals: daily, transfers, categories, accounts, credit, stock }),
  };
}

/** The home screen's owed and overdue totals, as its card reads them. */
export const creditHome = (db: LumbungDb, bookId: string, today: BusinessDate) =>
  bookDebts(db, bookId, today);

/** A contact's id by its name. */
export async function contactIdOf(db: LumbungDb, bookId: string, name: string): Promise<string> {
  const found = (await listContacts(db, bookId)).find((c) => c.name === name);
  if (!found) throw new Error(`no contact ${name}`);
  return found.id;
}

/** Raw IndexedDB getAll, on one index of some stores, of the rows in a key range, in one transaction. */
function rawGetAll(db: LumbungDb, stores: string[], index: string, range: IDBKeyRange): Promise<unknown[]> {
  const tx = db.backendDB().transaction(stores, 'readonly');
  const all = (store: string) =>
    new Promise<unknown[]>((resolve, reject) => {
      const request = tx.objectStore(store).index(index).getAll(range);
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error ?? new Error('getAll failed'));
    });
  return Promise.all(stores.map(all)).then((lists) => lists.flat());
}

/** Reference for the contact page: raw IndexedDB getAll of the contact's entries and settlements. */
export const rawContactRecords = (db: LumbungDb, bookId: string, contactId: string) =>
  rawGetAll(
    db,
    ['entries', 'settlements'],
    '[bookId+contactId+date]',
    IDBKeyRange.bound([bookId, contactId, ''], [bookId, contactId, '\uffff']),
  );

/** The contact's page as the app reads it. */
export const contactPageOf = (db: LumbungDb, bookId: string, contactId: string, today: BusinessDate) =>
  contactPage(db, bookId, contactId, today);

/** Saves one sale on credit (nothing paid now, due in a week) to a contact. */
export async function saveCreditSale(
  db: LumbungDb,
  target: { bookId: string; today: BusinessDate; categoryId: string; accountId: string; contactId: string },
) {
  const saved = await addEntry(db, target.bookId, {
    date: target.today,
    direction: 'in',
    amount: 25_000,
    categoryId: target.categoryId,
    accountId: target.accountId,
    note: 'bench',
    counterparty: '',
    contactId: target.contactId,
    paid: 0,
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
}

/** Reference for the `/2` statement: raw IndexedDB getAll of the period's entries and settlements. */
export const rawPeriodRecords = (db: LumbungDb, bookId: string, from: BusinessDate, to: BusinessDate) =>
  rawGetAll(db, ['entries', 'settlements'], '[bookId+date]', IDBKeyRange.bound([bookId, from], [bookId, to]));
