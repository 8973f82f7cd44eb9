import { backupReminderDue, type BackupMark } from '../domain/backup/reminder';
import type { Instant } from '../domain/model';
import type { LumbungDb } from './db';
import { chainTip } from './revisions';
import { getSetting, setSetting } from './settings';

/** Device settings (never backed up: their keys start with `device.`). */
const KEYS = {
  lastBackup: 'device.lastBackup',
  dismissed: 'device.backupReminderDismissed',
  persist: 'device.persistentStorage',
} as const;

/** What the browser answered when the app asked to keep its data under storage pressure. */
export type PersistResult = 'granted' | 'denied' | 'unsupported';

/** The backup state the home and data screens show. */
export interface BackupStatus {
  lastBackup: BackupMark | undefined;
  /** Changes recorded on this phone (every book): see `recordedChanges`. */
  entries: number;
  /** Whether the gentle reminder is due. */
  reminderDue: boolean;
}

const isMark = (value: unknown): value is BackupMark =>
  typeof (value as BackupMark | null)?.at === 'string' && Number.isInteger((value as BackupMark).entries);

/** When the last backup was saved, and whether a reminder is due at `now`. */
export async function backupStatus(db: LumbungDb, now: Instant): Promise<BackupStatus> {
  const [last, dismissed, books] = await Promise.all([
    getSetting(db, KEYS.lastBackup),
    getSetting(db, KEYS.dismissed),
    db.books.toArray(),
  ]);
  const entries = await recordedChanges(db, books);
  const lastBackup = isMark(last) ? last : undefined;
  const since = books.map((b) => b.createdAt).sort()[0] ?? now;
  const reminderDue = backupReminderDue({
    now,
    entries,
    lastBackup,
    dismissed: isMark(dismissed) ? dismissed : undefined,
    since,
  });
  return { lastBackup, entries, reminderDue };
}

/**
 * How many changes (entries and transfers recorded, edited or voided) the phone's books hold: the
 * sum of each book's last revision number. History only grows, and reading it costs one keyed
 * lookup per book, where counting the entries table walks every entry (the home screen asks after
 * every save).
 */
export async function recordedChanges(db: LumbungDb, books?: readonly { id: string }[]): Promise<number> {
  const tips = await Promise.all((books ?? (await db.books.toArray())).map((b) => chainTip(db, b.id)));
  return tips.reduce((sum, tip) => sum + (tip?.seq ?? 0), 0);
}

/** Remembers that a backup was saved (or shared) now, holding `changes` (its revisions). */
export async function markBackupSaved(db: LumbungDb, at: Instant, changes: number): Promise<void> {
  await setSetting(db, KEYS.lastBackup, { at, entries: changes } satisfies BackupMark);
}

/** Puts the backup reminder off: it comes back after a week or 200 more changes. */
export async function dismissBackupReminder(db: LumbungDb, at: Instant): Promise<void> {
  await setSetting(db, KEYS.dismissed, { at, entries: await recordedChanges(db) } satisfies BackupMark);
}

/** The browser's last answer about persistent storage, or undefined before the app asked. */
export async function getPersistResult(db: LumbungDb): Promise<PersistResult | undefined> {
  const value = await getSetting(db, KEYS.persist);
  return value === 'granted' || value === 'denied' || value === 'unsupported' ? value : undefined;
}

/** Remembers the browser's answer about persistent storage. */
export async function setPersistResult(db: LumbungDb, result: PersistResult): Promise<void> {
  await setSetting(db, KEYS.persist, result);
}

/** How many entries one book (or, without a book, the whole phone) holds, voided ones included. */
export function entryCount(db: LumbungDb, bookId?: string): Promise<number> {
  return bookId === undefined ? db.entries.count() : db.entries.where('bookId').equals(bookId).count();
}
