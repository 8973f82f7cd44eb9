import type { Table } from 'dexie';
import type { BackupRows } from '../domain/backup/build';
import type { LumbungDb } from './db';
import { importsTable } from './import-records';

/** The rows a backup reads from the database: every member of `BackupRows` but the photos. */
export type BackedUpRows = Required<Omit<BackupRows, 'photos'>>;

/** Each table a backup carries, by the member of the backup it fills. */
export type BackedUpTables = {
  [K in keyof BackedUpRows]: { toArray(): Promise<BackedUpRows[K]> } & Table;
};

/**
 * The tables a backup carries, by member; also the tables a restore writes (besides the rollups).
 * An allowlist: a table added later is left out until it is named here (and in `BackupRows`) on
 * purpose. Rollups are not carried (restore rebuilds them), nor is the device's signing key.
 */
export const backedUpTablesByName = (db: LumbungDb): BackedUpTables => ({
  books: db.books,
  accounts: db.accounts,
  categories: db.categories,
  entries: db.entries,
  transfers: db.transfers,
  revisions: db.revisions,
  settings: db.settings,
  imports: importsTable(db),
  products: db.products,
  contacts: db.contacts,
  settlements: db.settlements,
  stockCounts: db.stockCounts,
  openingItems: db.openingItems,
});

/** The tables a backup carries, and so the tables a restore writes (besides the rollups). */
export const backedUpTables = (db: LumbungDb): Table[] => Object.values(backedUpTablesByName(db));
