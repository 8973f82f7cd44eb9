import { Dexie, type Table } from 'dexie';
import type { BackupProblem } from '../domain/backup/codes';
import { copyBooksWithNewIds } from '../domain/backup/rekey';
import type { BackupContent } from '../domain/backup/schema';
import type { CategoryKind } from '../domain/kinds';
import { rollUp } from '../domain/ledger-rows';
import type { Id } from '../domain/model';
import { newId } from '../domain/platform';
import { fail, ok, type Result } from '../domain/result';
import { backedUpTables } from './backup-export';
import type { LumbungDb } from './db';
import { importsTable } from './import-records';
import { applyDailyDeltas, applyTransferDeltas, withRollupTables } from './rollups';

/** One book of a backup, as the member is shown it before restoring. */
export interface RestoreBookPreview {
  id: Id;
  name: string;
  entries: number;
  /** Entries of the book already on this phone under the same id, or null when it is not here. */
  entriesHere: number | null;
}

/** What to do with a book of the backup that is already on this phone. */
export type ClashChoice = 'replace' | 'keepBoth';

/** How a restore treats books already here. */
export interface RestoreOptions {
  clash: ClashChoice;
  /** The name a kept-both copy gets (the UI adds "(cadangan)"). */
  copyName: (name: string) => string;
}

/** What a restore wrote. */
export interface RestoreSummary {
  books: { id: Id; name: string }[];
  entries: number;
  transfers: number;
}

/** The books of a backup, and which of them this phone already holds (same id). */
export async function previewRestore(db: LumbungDb, content: BackupContent): Promise<RestoreBookPreview[]> {
  return Promise.all(
    content.books.map(async (book) => {
      const here = await db.books.get(book.id);
      return {
        id: book.id,
        name: book.name,
        entries: content.entries.filter((e) => e.bookId === book.id).length,
        entriesHere: here ? await db.entries.where('bookId').equals(book.id).count() : null,
      };
    }),
  );
}

/** Inside the restore transaction: removes every row of a book being replaced, rollups included. */
async function deleteBook(db: LumbungDb, bookId: Id, rollupTables: readonly Table[]): Promise<void> {
  await db.books.delete(bookId);
  await db.accounts.where('bookId').equals(bookId).delete();
  await db.categories.where('bookId').equals(bookId).delete();
  await db.entries.where('bookId').equals(bookId).delete();
  await db.transfers.where('[bookId+date]').between([bookId, Dexie.minKey], [bookId, Dexie.maxKey]).delete();
  await db.revisions.where('[bookId+seq]').between([bookId, Dexie.minKey], [bookId, Dexie.maxKey]).delete();
  await importsTable(db).where('bookId').equals(bookId).delete();
  for (const table of rollupTables)
    await table.filter((row: { bookId?: Id }) => row.bookId === bookId).delete();
}

const isClash = (error: unknown) =>
  error instanceof Error && (error.name === 'BulkError' || error.name === 'ConstraintError');

/**
 * Restores a checked backup (see `readBackup`) in one transaction: the books, their accounts,
 * categories, entries, transfers, history and import records, with the rollups rebuilt from the
 * entries in the same transaction; never settings, which belong to the device. A book already
 * here is replaced, or kept beside a copy under new ids (re-chained; hashing happens before the
 * transaction opens). Nothing is written when any row clashes.
 */
export async function restoreBackup(
  db: LumbungDb,
  backup: BackupContent,
  options: RestoreOptions,
): Promise<Result<RestoreSummary, BackupProblem>> {
  const here = new Set(
    (await db.books.bulkGet(backup.books.map((b) => b.id))).flatMap((b) => (b ? [b.id] : [])),
  );
  const keepBoth = options.clash === 'keepBoth' && here.size > 0;
  const content = keepBoth
    ? await copyBooksWithNewIds(backup, here, { newId, rename: options.copyName })
    : backup;
  const replaced = keepBoth ? [] : [...here];
  const kinds = new Map(content.categories.map((c) => [c.id, c.kind]));
  const rolled = rollUp(content.entries, content.transfers, (id) => kinds.get(id) as CategoryKind);
  const rollupTables = withRollupTables(db, [db.dailyTotals, db.dailyTransferTotals]);
  const tables = [...backedUpTables(db), ...rollupTables];
  try {
    await db.transaction('rw', tables, async () => {
      for (const bookId of replaced) await deleteBook(db, bookId, rollupTables);
      await db.books.bulkAdd(content.books);
      await db.accounts.bulkAdd(content.accounts);
      await db.categories.bulkAdd(content.categories);
      await db.entries.bulkAdd(content.entries);
      await db.transfers.bulkAdd(content.transfers);
      await db.revisions.bulkAdd(content.revisions);
      await importsTable(db).bulkAdd(content.imports);
      await applyDailyDeltas(db, rolled.daily);
      await applyTransferDeltas(db, rolled.transfers);
    });
  } catch (error) {
    if (isClash(error)) return fail({ code: 'backup.idClash' });
    throw error;
  }
  return ok({
    books: content.books.map(({ id, name }) => ({ id, name })),
    entries: content.entries.length,
    transfers: content.transfers.length,
  });
}
