import type { Id, Instant, Recorded } from '../model';
import { reasonProblems } from '../reason';
import type { Problem } from '../result';
import type { NewRecord } from './entry';

/** The bookkeeping of a new record: its id, book, when it was recorded, where it came from. */
export const recordedNow = (bookId: Id, record: NewRecord): Recorded => ({
  id: record.id,
  bookId,
  recordedAt: record.at,
  updatedAt: record.at,
  source: record.source,
  ...(record.importId === undefined ? {} : { importId: record.importId }),
  voided: false,
});

/** Problems with editing a record: none unless it is voided, or the optional reason is too long. */
export const editProblems = (record: Recorded, subject: string, reason: string | undefined): Problem[] => [
  ...(record.voided ? [{ code: `${subject}.voided` }] : []),
  ...reasonProblems(reason, false),
];

/** Problems with voiding a record: it must not be voided already, and a reason is required. */
export const voidProblems = (record: Recorded, subject: string, reason: string): Problem[] => [
  ...(record.voided ? [{ code: `${subject}.alreadyVoided` }] : []),
  ...reasonProblems(reason, true),
];

/** A record as a void leaves it: kept, with its reason, counting nowhere. */
export const voidedRecord = <T extends Recorded>(record: T, at: Instant, reason: string): T => ({
  ...record,
  voided: true,
  voidReason: reason.trim(),
  updatedAt: at,
});

/** Only the bookkeeping of a record, so an edit's fields replace the member's fields whole (an optional one can go). */
export const recordedOf = (r: Recorded): Recorded => ({
  id: r.id,
  bookId: r.bookId,
  recordedAt: r.recordedAt,
  updatedAt: r.updatedAt,
  source: r.source,
  ...(r.importId === undefined ? {} : { importId: r.importId }),
  voided: r.voided,
  ...(r.voidReason === undefined ? {} : { voidReason: r.voidReason }),
});
