import { COUNTERPARTY_MAX_LENGTH, NOTE_MAX_LENGTH, REASON_MAX_LENGTH } from '../limits';

/** The format tag of a full backup file. */
export const BACKUP_FORMAT = 'lumbung.backup/1';

/** The format version this app writes and the newest it reads. */
export const BACKUP_FORMAT_VERSION = 1;

/** Tables a backup must never carry: the device's signing keys, and rollups that restore rebuilds. */
export const NEVER_BACKED_UP = [
  'keys',
  'dailyTotals',
  'dailyTransferTotals',
  'monthlyTotals',
  'monthlyTransferTotals',
  'accountMonths',
  'accountYears',
  'yearTotals',
  'contactDailyTotals',
  'contactMonthlyTotals',
  'creditYears',
  'stockLevels',
] as const;

/** The largest backup file the app reads, in bytes (checked before the file is read). */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/**
 * Upper bounds every backup keeps. The member's texts (names, notes, reasons) are counted in code
 * points, as the app counts them when they are typed or imported; ids and keys in UTF-16 units.
 */
export const BACKUP_LIMITS = {
  id: 100,
  text: 200,
  name: 120,
  note: NOTE_MAX_LENGTH,
  counterparty: COUNTERPARTY_MAX_LENGTH,
  reason: REASON_MAX_LENGTH,
  // A contact keeps its number as `+62` and at most twelve digits; a backup allows room beside it.
  whatsapp: 20,
  fileName: 255,
  settingKey: 100,
  settingChars: 20_000,
  books: 100,
  accounts: 10_000,
  categories: 20_000,
  entries: 1_000_000,
  transfers: 500_000,
  revisions: 3_000_000,
  settings: 1_000,
  imports: 10_000,
  products: 4_000,
  photos: 20_000,
  contacts: 50_000,
  settlements: 1_000_000,
  stockCounts: 100_000,
  openingItems: 50_000,
} as const;
