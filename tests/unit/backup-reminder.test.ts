import { describe, expect, it } from 'vitest';
import { backupReminderDue } from '../../src/domain/backup/reminder';

const day = (n: number) => new Date(Date.UTC(2026, 2, 1 + n, 3)).toISOString();

describe('the backup reminder', () => {
  it('waits a week after the first book, or 200 entries, when there was never a backup', () => {
    expect(backupReminderDue({ now: day(6), entries: 50, since: day(0) })).toBe(false);
    expect(backupReminderDue({ now: day(7), entries: 50, since: day(0) })).toBe(true);
    expect(backupReminderDue({ now: day(1), entries: 200, since: day(0) })).toBe(true);
    expect(backupReminderDue({ now: day(30), entries: 0, since: day(0) })).toBe(false);
  });

  it('counts from the last backup, and stays quiet when nothing new was recorded', () => {
    const lastBackup = { at: day(10), entries: 80 };
    expect(backupReminderDue({ now: day(16), entries: 90, lastBackup, since: day(0) })).toBe(false);
    expect(backupReminderDue({ now: day(17), entries: 90, lastBackup, since: day(0) })).toBe(true);
    expect(backupReminderDue({ now: day(40), entries: 80, lastBackup, since: day(0) })).toBe(false);
    expect(backupReminderDue({ now: day(11), entries: 280, lastBackup, since: day(0) })).toBe(true);
  });

  it('is put off by a dismissal for another week or 200 entries', () => {
    const lastBackup = { at: day(0), entries: 10 };
    const dismissed = { at: day(8), entries: 30 };
    expect(backupReminderDue({ now: day(9), entries: 31, lastBackup, dismissed, since: day(0) })).toBe(false);
    expect(backupReminderDue({ now: day(15), entries: 31, lastBackup, dismissed, since: day(0) })).toBe(true);
    expect(backupReminderDue({ now: day(9), entries: 230, lastBackup, dismissed, since: day(0) })).toBe(true);
  });
});
