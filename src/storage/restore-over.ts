import type { BackupProblem } from '../domain/backup/codes';
import type { BackupContent } from '../domain/backup/schema';
import { restoreChange } from '../domain/changes/restore';
import { fail, ok, type Result } from '../domain/result';
import { isClash, type RestoreSummary } from './backup-restore';
import { commitChange } from './commit';
import type { LumbungDb } from './db';
import { photoFromBackup, restorePhotos } from './photo-backup';

/**
 * Restores a checked backup in place of every book on this phone, in one commit: the books here
 * are removed in the same transaction that writes the backup's, so until that transaction lands
 * nothing is gone, and if it fails nothing changed. The way back for a member locked out of the
 * book (PIN and recovery code both lost): the book returns as the backup holds it, and nothing of
 * the locked book (its photos included) stays behind for whoever brought the file.
 */
export async function restoreOverEverything(
  db: LumbungDb,
  backup: BackupContent,
): Promise<Result<RestoreSummary, BackupProblem>> {
  const here = (await db.books.toCollection().primaryKeys()) as string[];
  const photos = (backup.photos ?? []).map(photoFromBackup);
  try {
    await db.transaction('rw', db.tables, async () => {
      await commitChange(db, restoreChange(backup, here));
      await restorePhotos(db, photos, here, false);
    });
  } catch (error) {
    if (isClash(error)) return fail({ code: 'backup.idClash' });
    throw error;
  }
  return ok({
    books: backup.books.map(({ id, name }) => ({ id, name })),
    entries: backup.entries.length,
    transfers: backup.transfers.length,
  });
}
