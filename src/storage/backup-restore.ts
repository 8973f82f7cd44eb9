import type { BackupProblem } from '../domain/backup/codes';
import { copyBooksWithNewIds } from '../domain/backup/rekey';
import type { BackupContent } from '../domain/backup/schema';
import { restoreChange } from '../domain/changes/restore';
import type { Id } from '../domain/model';
import { newId } from '../domain/platform';
import { fail, ok, type Result } from '../domain/result';
import { commitChange } from './commit';
import type { LumbungDb } from './db';
import { photoFromBackup, restorePhotos } from './photo-backup';

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

/** Whether a write failed because a row of the backup clashes with one already here. */
export const isClash = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'BulkError' || error.name === 'ConstraintError');

/**
 * Restores a checked backup (see `readBackup`) in one commit: the books, their accounts,
 * categories, entries, transfers, history and import records (and the receipt photos, when the
 * backup carries them), with the rollups rebuilt from the entries in the same transaction; never settings, which belong to the device. A book already
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
  const photos = (content.photos ?? []).map(photoFromBackup);
  try {
    // One transaction for the books and their photos: a photo never outlives its restore.
    await db.transaction('rw', db.tables, async () => {
      await commitChange(db, restoreChange(content, replaced));
      await restorePhotos(db, photos, replaced, true);
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
