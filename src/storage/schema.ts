import type { Dexie, Transaction } from 'dexie';
import { fillRollupsOnUpgrade } from './upgrade-v2';

/** One schema version: the stores it adds or changes, and how it upgrades the data before it. */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every schema the app has ever shipped, oldest first. Versions only grow: never edit or remove
 * one, add the next at the end together with a test that upgrades a fixture of the previous one.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      books: 'id',
      accounts: 'id, bookId',
      categories: 'id, bookId',
      entries: 'id, bookId, [bookId+date], [bookId+categoryId], [bookId+accountId], importId',
      transfers: 'id, [bookId+date], importId',
      revisions: '[bookId+seq], subjectId',
      settings: 'key',
    },
  },
  {
    version: 2,
    stores: {
      dailyTotals: '[bookId+date+categoryId+accountId], [bookId+date]',
      dailyTransferTotals: '[bookId+date+fromAccountId+toAccountId], [bookId+date]',
    },
    upgrade: fillRollupsOnUpgrade,
  },
];

/** The newest schema version this build of the app knows. */
export const LATEST_SCHEMA_VERSION = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));

/** Declares the given schema versions on a database before it opens. */
export function declareSchema(db: Dexie, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): void {
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
