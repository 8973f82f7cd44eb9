import { buildBackup, type BackupRows, type BuiltBackup } from '../domain/backup/build';
import {
  backedUpTables,
  backedUpTablesByName,
  type BackedUpRows,
  type BackedUpTables,
} from './backed-up-tables';
import type { LumbungDb } from './db';
import { photoForBackup } from './photo-backup';
import type { StoredPhoto } from './photo-record';

/**
 * Reads every table a backup carries in one read transaction, so the copy is consistent even while
 * another tab writes. Only the tables `backedUpTables` names are read: rollups are rebuilt on
 * restore, and a signing-key table (`keys`) is never opened here.
 */
export async function readBackupRows(db: LumbungDb): Promise<BackupRows> {
  const tables = backedUpTablesByName(db);
  const names = Object.keys(tables) as (keyof BackedUpTables)[];
  return db.transaction('r', Object.values(tables), async () => {
    const rows = {} as BackedUpRows;
    const read = async <K extends keyof BackedUpTables>(name: K) => {
      rows[name] = await tables[name].toArray();
    };
    await Promise.all(names.map(read));
    return rows;
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
