import type { BackupPhoto } from '../domain/backup/schema';
import type { Id } from '../domain/model';
import { fromBase64, toBase64 } from '../domain/photo/base64';
import type { LumbungDb } from './db';
import type { StoredPhoto } from './photo-record';

/** A stored photo as a backup carries it: its bytes in base64 beside the entry and the book. */
export async function photoForBackup(photo: StoredPhoto): Promise<BackupPhoto> {
  const bytes = new Uint8Array(await photo.blob.arrayBuffer());
  return {
    entryId: photo.entryId,
    bookId: photo.bookId,
    type: photo.type,
    data: toBase64(bytes),
    addedAt: photo.addedAt,
  };
}

/** A checked backup's photo as the device keeps it (its base64 was checked when the file was read). */
export function photoFromBackup(photo: BackupPhoto): StoredPhoto {
  const bytes = fromBase64(photo.data) ?? new Uint8Array(0);
  const blob = new Blob([bytes], { type: photo.type });
  return {
    entryId: photo.entryId,
    bookId: photo.bookId,
    type: photo.type,
    blob,
    bytes: blob.size,
    addedAt: photo.addedAt,
  };
}

/**
 * Inside a restore's transaction, after its books are written: the backup's photos go in, and of
 * the photos here, those whose entry the restore removed go. `keepOthers` keeps photos of books the
 * restore did not touch; restoring over everything passes false, so none of the old book stays.
 */
export async function restorePhotos(
  db: LumbungDb,
  photos: readonly StoredPhoto[],
  replaced: readonly Id[],
  keepOthers: boolean,
): Promise<void> {
  const stale = keepOthers ? db.photos.where('bookId').anyOf([...replaced]) : db.photos.toCollection();
  const gone: Id[] = [];
  await stale.each((p) => gone.push(p.entryId));
  const present = await db.entries.bulkGet(gone);
  await db.photos.bulkDelete(gone.filter((_, i) => !keepOthers || present[i] === undefined));
  if (photos.length > 0) await db.photos.bulkPut([...photos]);
}
