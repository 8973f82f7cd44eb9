import { PHOTO_MAX_BYTES } from '../domain/limits';
import type { Id } from '../domain/model';
import { isPhotoType } from '../domain/photo/kinds';
import { fail, ok, type CodedProblem, type Result } from '../domain/result';
import type { LumbungDb } from './db';
import type { StoredPhoto } from './photo-record';

/** Every code attaching a photo can refuse with; the photo catalogue has a message for each. */
export const PHOTO_ERROR_CODES = ['photo.tooLarge', 'photo.type', 'photo.noEntry'] as const;

/** Why a photo was not attached. */
export type PhotoProblem = CodedProblem<(typeof PHOTO_ERROR_CODES)[number]>;

/** How many receipt photos this device keeps, and their bytes. */
export interface PhotoUsage {
  count: number;
  bytes: number;
}

/**
 * Attaches a compressed receipt photo to an entry of the book, replacing the one it had. A photo is
 * the device's own data beside the entry, not a change to its figures, so it adds no revision:
 * the entry's history and every statement stay exactly as they were. The entry is read in the same
 * transaction, so a photo never lands beside an entry that is not there.
 */
export async function attachPhoto(
  db: LumbungDb,
  photo: { entryId: Id; bookId: Id; blob: Blob },
  now: string = new Date().toISOString(),
): Promise<Result<StoredPhoto, PhotoProblem>> {
  const { entryId, bookId, blob } = photo;
  if (blob.size > PHOTO_MAX_BYTES)
    return fail({ code: 'photo.tooLarge', params: { kb: PHOTO_MAX_BYTES / 1024 } });
  if (!isPhotoType(blob.type)) return fail({ code: 'photo.type' });
  const stored: StoredPhoto = { entryId, bookId, type: blob.type, blob, bytes: blob.size, addedAt: now };
  return db.transaction('rw', db.entries, db.photos, async () => {
    const entry = await db.entries.get(entryId);
    if (entry?.bookId !== bookId) return fail<PhotoProblem>({ code: 'photo.noEntry' });
    await db.photos.put(stored);
    return ok(stored);
  });
}

/** Removes an entry's receipt photo from this device (the entry itself is untouched). */
export async function removePhoto(db: LumbungDb, entryId: Id): Promise<void> {
  await db.photos.delete(entryId);
}

/** An entry's receipt photo, or undefined when it has none on this device. */
export async function entryPhoto(db: LumbungDb, entryId: Id): Promise<StoredPhoto | undefined> {
  return db.photos.get(entryId);
}

/** How many photos this device keeps and how many bytes they take, across every book. */
export async function photoUsage(db: LumbungDb): Promise<PhotoUsage> {
  let bytes = 0;
  let count = 0;
  await db.photos.each((p) => {
    bytes += p.bytes;
    count += 1;
  });
  return { count, bytes };
}
