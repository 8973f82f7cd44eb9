import { buildBackup, type BackupRows, type BuiltBackup } from '../domain/backup/build';
import type { LumbungDb } from './db';
import { importsTable } from './import-records';
import { photoForBackup } from './photo-backup';
import type { StoredPhoto } from './photo-record';

/** The tables a backup carries, and so the tables a restore writes (besides the rollups). */
export const backedUpTables = (db: LumbungDb) => [
  db.books,
  db.accounts,
  db.categories,
  db.entries,
  db.transfers,
  db.revisions,
  db.settings,
  importsTable(db),
  db.products,
  db.contacts,
  db.settlements,
  db.stockCounts,
  db.openingItems,
];

/**
 * Reads every table a backup carries in one read transaction, so the copy is consistent even while
 * another tab writes. Only the tables named in `BACKUP_TABLES` are read: rollups are rebuilt on
 * restore, and a signing-key table (`keys`) is never opened here.
 */
export async function readBackupRows(db: LumbungDb): Promise<BackupRows> {
  const imports = importsTable(db);
  const tables = backedUpTables(db);
  return db.transaction('r', tables, async () => {
    const [
      books,
      accounts,
      categories,
      entries,
      transfers,
      revisions,
      settings,
      records,
      products,
      contacts,
      settlements,
      stockCounts,
      openingItems,
    ] = await Promise.all([
      db.books.toArray(),
      db.accounts.toArray(),
      db.categories.toArray(),
      db.entries.toArray(),
      db.transfers.toArray(),
      db.revisions.toArray(),
      db.settings.toArray(),
      imports.toArray(),
      db.products.toArray(),
      db.contacts.toArray(),
      db.settlements.toArray(),
      db.stockCounts.toArray(),
      db.openingItems.toArray(),
    ]);
    return {
      books,
      accounts,
      categories,
      entries,
      transfers,
      revisions,
      settings,
      imports: records,
      products,
      contacts,
      settlements,
      stockCounts,
      openingItems,
    };
  });
}

/** What a backup carries besides the books: the receipt photos only when the member asks. */
export interface BackupChoice {
  photos?: boolean;
}

/**
 * Makes a full backup file (`lumbung.backup/1`) of every book on this device, with the receipt
 * photos when asked: read in the same transaction as the books, so each matches its entry.
 */
export async function makeBackup(
  db: LumbungDb,
  appVersion: string,
  choice: BackupChoice = {},
): Promise<BuiltBackup> {
  if (!choice.photos) return buildBackup(await readBackupRows(db), appVersion);
  const { rows, photos } = await db.transaction('r', [...backedUpTables(db), db.photos], async () => ({
    rows: await readBackupRows(db),
    photos: await db.photos.toArray(),
  }));
  return buildBackup(
    { ...rows, photos: await Promise.all(photos.map((p: StoredPhoto) => photoForBackup(p))) },
    appVersion,
  );
}
