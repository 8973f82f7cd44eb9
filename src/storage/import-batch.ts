import type { CategoryKind } from '../domain/kinds';
import { rollUp } from '../domain/ledger-rows';
import type { Account, Category, Entry, Id, Transfer } from '../domain/model';
import { newId } from '../domain/platform';
import { fail, ok, type Result } from '../domain/result';
import type { RevisionDraft } from '../domain/revisions';
import { writeWithRevisions } from './chained-write';
import type { LumbungDb } from './db';
import { problem, type StorageProblem } from './errors';
import { importsTable, type ImportFileInfo } from './import-records';
import { resolveImportBatch, type ImportBatch } from './import-resolve';
import { expectUnchanged, retryOnStale } from './retry';
import { entrySnapshot, transferSnapshot } from './revisions';
import { applyDailyDeltas, applyTransferDeltas } from './rollups';

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

/**
 * Imports a whole batch (new accounts and categories, entries, transfers) all or nothing: every row
 * is checked and every revision hashed first, then one transaction adds them with bulk writes and
 * merges the rollups once per day, category and account. Given the file it came from, the same
 * transaction records the import (hash, name, counts) so the file is recognised if it comes again.
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
    const [accounts, categories] = await Promise.all([
      db.accounts.where('bookId').equals(bookId).toArray(),
      db.categories.where('bookId').equals(bookId).toArray(),
    ]);
    const at = new Date().toISOString();
    const resolved = resolveImportBatch(bookId, batch, { accounts, categories, at, newId });
    if (!resolved.ok) return resolved;
    const { newAccounts, newCategories, entries, transfers } = resolved.value;
    const recorded = { recordedAt: at, updatedAt: at, source: 'import' as const, importId: batch.importId };
    const entryRows: Entry[] = entries.map((fields) => ({
      id: newId(),
      bookId,
      ...fields,
      ...recorded,
      voided: false,
    }));
    const transferRows: Transfer[] = transfers.map((fields) => ({
      id: newId(),
      bookId,
      ...fields,
      ...recorded,
      voided: false,
    }));
    const drafts: RevisionDraft[] = [
      ...entryRows.map((e) => ({
        bookId,
        subjectId: e.id,
        action: 'create' as const,
        at,
        snapshot: entrySnapshot(e),
      })),
      ...transferRows.map((t) => ({
        bookId,
        subjectId: t.id,
        action: 'create' as const,
        at,
        snapshot: transferSnapshot(t),
      })),
    ];
    const kinds = new Map<Id, CategoryKind>([...categories, ...newCategories].map((c) => [c.id, c.kind]));
    const rolled = rollUp(entryRows, transferRows, (id) => kinds.get(id) as CategoryKind);
    const tables = [
      db.accounts,
      db.categories,
      db.entries,
      db.transfers,
      db.dailyTotals,
      db.dailyTransferTotals,
      importsTable(db),
    ];
    await writeWithRevisions(db, bookId, drafts, tables, async () => {
      expectUnchanged(accounts, await db.accounts.where('bookId').equals(bookId).toArray(), 'accounts');
      expectUnchanged(categories, await db.categories.where('bookId').equals(bookId).toArray(), 'categories');
      await db.accounts.bulkAdd(newAccounts);
      await db.categories.bulkAdd(newCategories);
      await db.entries.bulkAdd(entryRows);
      await db.transfers.bulkAdd(transferRows);
      await applyDailyDeltas(db, rolled.daily);
      await applyTransferDeltas(db, rolled.transfers);
      if (file) {
        const { hash, fileName, rows } = file;
        const counts = {
          rows,
          entries: entryRows.length,
          transfers: transferRows.length,
          newCategories: newCategories.length,
          newAccounts: newAccounts.length,
        };
        await importsTable(db).add({ importId: batch.importId, bookId, hash, fileName, at, counts });
      }
    });
    return ok({
      importId: batch.importId,
      accounts: newAccounts,
      categories: newCategories,
      entries: entryRows.length,
      transfers: transferRows.length,
    });
  });
}
