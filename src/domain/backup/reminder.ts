import type { Instant } from '../model';

/** A moment the backup state was marked: when, and how many changes the phone's books held then. */
export interface BackupMark {
  at: Instant;
  entries: number;
}

/** A week: how long the app waits after a backup (or a dismissed reminder) before reminding. */
export const REMIND_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

/** How many new entries make a reminder due sooner than a week. */
export const REMIND_AFTER_ENTRIES = 200;

/** What the reminder is decided from. */
export interface ReminderInput {
  now: Instant;
  /** Changes recorded on the phone now (every book; each entry recorded, edited or voided). */
  entries: number;
  lastBackup?: BackupMark | undefined;
  dismissed?: BackupMark | undefined;
  /** When the phone's first book was made: the start when there was never a backup. */
  since: Instant;
}

/**
 * Whether to remind the member, gently, to make a backup: a week after the last backup (or the
 * last dismissed reminder, or the first book) when something new was recorded since, or as soon
 * as 200 entries were added since then. Nothing new means nothing to lose, so no reminder.
 */
export function backupReminderDue({ now, entries, lastBackup, dismissed, since }: ReminderInput): boolean {
  const marks = [lastBackup, dismissed].filter((m): m is BackupMark => m !== undefined);
  const base = marks.sort((a, b) => (a.at < b.at ? 1 : -1))[0] ?? { at: since, entries: 0 };
  const added = entries - base.entries;
  if (added <= 0) return false;
  if (added >= REMIND_AFTER_ENTRIES) return true;
  return Date.parse(now) - Date.parse(base.at) >= REMIND_AFTER_MS;
}
