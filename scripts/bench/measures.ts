import type { Dexie } from 'dexie';
import { firstDayOf, lastDayOf, type BusinessDate, type BusinessMonth } from '../../src/domain/dates';
import { directionOf } from '../../src/domain/kinds';
import { rollUp } from '../../src/domain/daily-rollups';
import { accountBalances, buildMonths, buildProfitAndLoss, buildReport } from '../../src/domain/reports';
import type { StatementSigner } from '../../src/domain/statement';
import {
  renderStatementDocuments,
  signStatementInput,
  type SignedStatement,
} from '../../src/domain/statement/documents';
import { loadStatementLabels } from '../../src/i18n/statement-labels';
import { makeStatementFiles, readStatementInput } from '../../src/features/statement/make-statement-files';
import {
  addEntry,
  dailyTotalsInRange,
  entriesInRange,
  entriesPage,
  homeSummary,
  listAccounts,
  listCategories,
  reportInput,
  transferTotalsInRange,
  type LumbungDb,
} from '../../src/storage';

/** Year laba rugi + month table + categories, from the rollups (bounded reads). */
export async function yearReport(db: LumbungDb, bookId: string, from: BusinessDate, to: BusinessDate) {
  return buildReport({ from, to, ...(await reportInput(db, bookId, from, to)) });
}

/** Reference: the same figures by scanning the year's entries (profit and loss, categories, months). */
export async function yearReportByScan(db: LumbungDb, bookId: string, from: BusinessDate, to: BusinessDate) {
  const [entries, categories] = await Promise.all([
    entriesInRange(db, bookId, from, to),
    listCategories(db, bookId),
  ]);
  const kinds = new Map(categories.map((c) => [c.id, c.kind]));
  const { daily } = rollUp(entries, [], (id) => kinds.get(id) ?? 'pendapatan');
  return {
    profitAndLoss: buildProfitAndLoss(daily, categories),
    months: buildMonths({ from, to, openingBalance: 0, totals: daily }),
  };
}

/** Reference for the home screen: the pre-version-3 path, every daily rollup up to today. */
export async function homeByDailyRows(db: LumbungDb, bookId: string, today: BusinessDate) {
  const [rows, moves, accounts] = await Promise.all([
    dailyTotalsInRange(db, bookId, '1900-01-01', today),
    transferTotalsInRange(db, bookId, '1900-01-01', today),
    listAccounts(db, bookId),
  ]);
  let moneyIn = 0;
  for (const row of rows) if (row.date === today && directionOf(row.kind) === 'in') moneyIn += row.amount;
  return { moneyIn, balances: accountBalances([rows], [moves], accounts) };
}

/** The home summary as the app reads it. */
export const home = (db: LumbungDb, bookId: string, today: BusinessDate) => homeSummary(db, bookId, today);

/** Saves one sale: entry, revision and rollups in one committed (strict) transaction. */
export async function saveOne(
  db: LumbungDb,
  bookId: string,
  today: BusinessDate,
  categoryId: string,
  accountId: string,
) {
  const saved = await addEntry(db, bookId, {
    date: today,
    direction: 'in',
    amount: 12_500,
    categoryId,
    accountId,
    note: 'bench',
    counterparty: '',
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
}

/** An entry-shaped record that belongs to no book (so no report or ledger ever shows it). */
const plainRecord = (n: number, today: BusinessDate) => ({
  id: `plain-${n}-${Math.random()}`,
  bookId: 'bench-plain',
  date: today,
  direction: 'in',
  amount: 12_500,
  categoryId: 'c',
  accountId: 'a',
  note: 'bench',
  counterparty: '',
  recordedAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
  source: 'app',
  voided: false,
});

/**
 * Reference: a plain Dexie add of one record: the same entry-shaped record into the same `entries`
 * table of the same database (same indexes, same size, same strict durability), nothing else.
 */
export async function plainAdd(db: LumbungDb, n: number, today: BusinessDate) {
  await db.table('entries').add(plainRecord(n, today));
}

/** Diagnostic: the same plain add into a small database of its own (one table, no indexes to speak of). */
export async function plainAddOwnDatabase(reference: Dexie, n: number, today: BusinessDate) {
  await reference.table('rows').add(plainRecord(n, today));
}

/** The ledger's first page of a month, as the ledger screen asks for it. */
export const ledgerFirstPage = (db: LumbungDb, bookId: string, month: BusinessMonth) =>
  entriesPage(
    db,
    bookId,
    { from: firstDayOf(month), to: lastDayOf(month), includeVoided: true },
    { limit: 50 },
  );

/** Reference: raw IndexedDB getAll of 50 rows on the [bookId+date] index of the month. */
export const rawGetAll = (db: LumbungDb, bookId: string, month: BusinessMonth): Promise<unknown[]> =>
  rawEntriesInRange(db, bookId, firstDayOf(month), lastDayOf(month), 50);

/** Raw IndexedDB getAll of a book's entries dated from..to on the [bookId+date] index (all, or `limit`). */
export function rawEntriesInRange(
  db: LumbungDb,
  bookId: string,
  from: BusinessDate,
  to: BusinessDate,
  limit?: number,
): Promise<unknown[]> {
  const idb = db.backendDB();
  return new Promise((resolve, reject) => {
    const range = IDBKeyRange.bound([bookId, from], [bookId, to]);
    const request = idb
      .transaction('entries', 'readonly')
      .objectStore('entries')
      .index('[bookId+date]')
      .getAll(range, limit);
    request.onsuccess = () => resolve(request.result as unknown[]);
    request.onerror = () => reject(request.error ?? new Error('getAll failed'));
  });
}

/** A period of whole months for a statement. */
export interface StatementPeriod {
  from: BusinessDate;
  to: BusinessDate;
}

/**
 * The JSON part of makeStatementFiles, through its own first steps: read the input, then the
 * domain's `signStatementInput` (build, canonicalise once, sign, code, the JSON text).
 */
export async function statementJsonPath(
  db: LumbungDb,
  bookId: string,
  period: StatementPeriod,
  signer: StatementSigner,
  now: Date,
): Promise<SignedStatement> {
  const input = await readStatementInput(db, bookId, period, now);
  if (!input.ok) throw new Error(JSON.stringify(input.errors));
  const signed = await signStatementInput(input.value, signer);
  if (!signed.ok) throw new Error(JSON.stringify(signed.errors));
  return signed.value;
}

/** The PDF part of makeStatementFiles, its last step, on a signed statement: the QR text, then the PDF. */
export const statementPdfPath = async (signed: SignedStatement) =>
  renderStatementDocuments(signed, { labels: await loadStatementLabels('id'), xlsx: false });

/** The whole statement (JSON + PDF, no spreadsheet) as the app makes it. */
export async function statementWhole(
  db: LumbungDb,
  bookId: string,
  period: StatementPeriod,
  signer: StatementSigner,
  now: Date,
) {
  const made = await makeStatementFiles(db, bookId, { ...period, signer, now, xlsx: false });
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
  return made.value;
}
