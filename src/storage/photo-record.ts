import type { Id, Instant } from '../domain/model';
import type { PhotoType } from '../domain/photo/kinds';

/** A receipt photo as the device keeps it: the entry it belongs to and the compressed picture. */
export interface StoredPhoto {
  entryId: Id;
  bookId: Id;
  type: PhotoType;
  blob: Blob;
  bytes: number;
  addedAt: Instant;
}
