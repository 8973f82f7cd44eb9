import { contactBalances } from '../domain/credit/balances';
import { entriesToCsv } from '../domain/csv/export';
import { openingRowCount, type PeriodOpening } from '../domain/csv/export-opening';
import { addDays, type BusinessDate } from '../domain/dates';
import { DEFAULT_CATEGORIES } from '../domain/defaults';
import type { CategoryKind } from '../domain/kinds';
import type { Id } from '../domain/model';
import { buildReport } from '../domain/reports';
import { outstandingAt } from './credit-overview';
import { creditUpTo } from './credit-rows';
import type { LumbungDb } from './db';
import { creditRecordsInRange } from './credit-export';
import { entriesInRange, listAccounts, listCategories, transfersInRange } from './queries';
import { reportInput } from './report-rows';
import { stockBasis } from './stock-counts';

/**
 * What a CSV export of the period starting `from` carries of the book before it (see
 * `PeriodOpening`), read from the rollups as the reports and the statement read them; undefined
 * when nothing of the book is dated before `from`.
 */
export async function periodOpening(
  db: LumbungDb,
  bookId: Id,
  from: BusinessDate,
): Promise<PeriodOpening | undefined> {
  const basis = await stockBasis(db, bookId);
  const dates = [basis.firstRecordDate, ...basis.counts.filter((c) => !c.voided).map((c) => c.date)];
  if (!dates.some((d) => d !== undefined && d < from)) return undefined;
  const day = addDays(from, -1);
  const [input, credit] = await Promise.all([reportInput(db, bookId, day, day), creditUpTo(db, bookId, day)]);
  const carried = await outstandingAt(db, bookId, contactBalances(credit, day), day);
  const report = buildReport({ from: day, to: day, ...input });
  const named = (kind: CategoryKind) =>
    input.categories.find((c) => c.kind === kind && !c.hidden)?.name ??
    DEFAULT_CATEGORIES.find((c) => c.kind === kind)?.name ??
    kind;
  return {
    day,
    cash: report.cashFlow.accounts.map(({ accountId, balance }) => ({ accountId, balance })),
    stock: report.inventory.closingInventory,
    carried,
    capital: named('modal'),
    drawings: named('prive'),
  };
}

/**
 * A period's entries, transfers, debts and stock as a CSV file in the import format, and how many
 * rows it holds; null when the period holds none. A book with debts or stock carries what the
 * period's rows need of the time before it (`periodOpening`), so the file imports on its own to the
 * period's figures; a plain cash book's file is its period's rows alone.
 */
export async function exportPeriodCsv(
  db: LumbungDb,
  bookId: Id,
  from: BusinessDate,
  to: BusinessDate,
): Promise<{ text: string; rows: number } | null> {
  const [entries, transfers, categories, accounts, credit] = await Promise.all([
    entriesInRange(db, bookId, from, to),
    transfersInRange(db, bookId, from, to),
    listCategories(db, bookId),
    listAccounts(db, bookId),
    creditRecordsInRange(db, bookId, from, to),
  ]);
  const live = (r: { voided: boolean }) => !r.voided;
  const creditRows =
    credit.settlements.filter(live).length +
    credit.stockCounts.filter(live).length +
    credit.openingItems.filter(live).length;
  const rows = entries.length + transfers.length + creditRows;
  if (rows === 0) return null;
  const book = { categories, accounts };
  if (creditRows === 0 && credit.contacts.length === 0)
    return { text: entriesToCsv(entries, transfers, book), rows };
  const opening = await periodOpening(db, bookId, from);
  return {
    text: entriesToCsv(entries, transfers, book, { ...credit, opening }),
    rows: rows + (opening ? openingRowCount(opening) : 0),
  };
}
