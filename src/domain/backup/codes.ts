/** Every code a backup can be refused with; the i18n catalogue has a message for each (`error.<code>`). */
export const BACKUP_ERROR_CODES = [
  'backup.tooLarge',
  'backup.notJson',
  'backup.duplicateKey',
  'backup.notBackup',
  'backup.newer',
  'backup.invalid',
  'backup.checksum',
  'backup.empty',
  'backup.duplicate',
  'backup.orphan',
  'backup.kindDirection',
  'backup.sameAccount',
  'backup.history',
  'backup.chain',
  'backup.idClash',
] as const;

/** A code a backup can be refused with. */
export type BackupErrorCode = (typeof BACKUP_ERROR_CODES)[number];

/** One reason a backup file cannot be restored. */
export interface BackupProblem {
  code: BackupErrorCode;
  params?: Record<string, string | number>;
}

/** How many problems of one file are worth listing; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 20;
