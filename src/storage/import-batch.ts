import { creditProblems } from '../domain/changes/credit-check';
import { importChange } from '../domain/changes/import';
import { resolveImportBatch, type ImportBatch } from '../domain/changes/resolve-import';
import type { Account, Category, Id } from '../domain/model';
import { newId } from '../domain/platform';
import { fail, ok, type Result } from '../domain/result';
import { commitChange } from './commit';
import type { LumbungDb } from './db';
import { asStorageProblem, problem, type StorageProblem } from './errors';
import { creditBasis } from './credit-basis';
import { bookRows } from './expectations';
import type { ImportFileInfo } from './import-records';
import { retryOnStale } from './retry';
import { stockBasis } from './stock-counts';

/** What an import wrote. */
export interface ImportSummary {
  importId: Id;
  accounts: Account[];
  categories: Category[];
  entries: number;
  transfers: number;
}

/** Whether a batch with this id was already imported into any book. */
async function alreadyImported(db: LumbungDb, importId: Id): Promise<boolean> {
  const [entries, transfers] = await Promise.all([
    db.entries.where('importId').equals(importId).count(),
    db.transfers.where('importId').equals(importId).count(),
  ]);
  return entries + transfers > 0;
}

/** Whether a batch carries anything of debts and stock (a plain cash import reads nothing more). */
const hasCreditRows = (batch: ImportBatch): boolean =>
  (batch.newContacts?.length ?? 0) +
    (batch.settlements?.length ?? 0) +
    (batch.stockCounts?.length ?? 0) +
    (batch.openingItems?.length ?? 0) >
    0 || batch.entries.some((e) => e.contactName !== undefined);

/**
 * Imports a whole batch (new accounts and categories, entries, transfers) all or nothing: every row
 * is checked and every revision hashed first, then one commit adds them with bulk writes and merges
 * the rollups once per day, category and account. Given the file it came from, the same commit
 * records the import (hash, name, counts) so the file is recognised if it comes again.
 */
export function importBatch(
  db: LumbungDb,
  bookId: Id,
  batch: ImportBatch,
  file?: ImportFileInfo,
): Promise<Result<ImportSummary, StorageProblem>> {
  return retryOnStale(async () => {
    if (!(await db.books.get(bookId))) return fail(problem('book.notFound'));
    if (await alreadyImported(db, batch.importId)) return fail(problem('import.duplicate'));
    const credit = hasCreditRows(batch);
    const [accounts, categories, contacts, stock] = await Promise.all([
      bookRows(db.accounts, bookId),
      bookRows(db.categories, bookId),
      credit ? bookRows(db.contacts, bookId) : [],
      credit ? stockBasis(db, bookId) : { counts: [], firstRecordDate: undefined },
    ]);
    const at = new Date().toISOString();
    const resolved = resolveImportBatch(bookId, batch, {
      accounts,
      categories,
      contacts,
      stockCounts: stock.counts,
      firstRecordDate: stock.firstRecordDate,
      at,
      newId,
    });
    if (!resolved.ok) return fail(...resolved.errors.map(asStorageProblem));
    const basis = {
      bookId,
      importId: batch.importId,
      at,
      accounts,
      categories,
      contacts,
      newId,
      ...(file ? { file } : {}),
    };
    const { change, entries, transfers } = importChange(resolved.value, basis);
    // Taken before the commit, so that what the rows were resolved from is garbage while it runs.
    const summary: ImportSummary = {
      importId: batch.importId,
      accounts: resolved.value.newAccounts,
      categories: resolved.value.newCategories,
      entries: entries.length,
      transfers: transfers.length,
    };
    const deltas = change.credit ?? [];
    if (deltas.length > 0) {
      const overdrawn = creditProblems(
        deltas,
        await creditBasis(
          db,
          bookId,
          deltas.map((d) => d.contactId),
        ),
      );
      if (overdrawn.length > 0) return fail(...overdrawn.map(asStorageProblem));
    }
    await commitChange(db, change);
    return ok(summary);
  });
}
