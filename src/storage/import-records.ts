import type { Table } from 'dexie';
import type { ImportRecord } from '../domain/backup/schema';
import type { Id } from '../domain/model';
import type { LumbungDb } from './db';

export type { ImportRecord };

/** What a caller tells `importBatch` about the file, so the import is recorded with it. */
export interface ImportFileInfo {
  /** SHA-256 (hex) of the file's bytes. */
  hash: string;
  fileName: string;
  /** Data rows the file held. */
  rows: number;
}

/** The `imports` table (schema version 4), typed. */
export const importsTable = (db: LumbungDb): Table<ImportRecord, Id> => db.table<ImportRecord, Id>('imports');

/** Earlier imports of the same file (same SHA-256) into a book, newest first. */
export async function findImportsByHash(db: LumbungDb, bookId: Id, hash: string): Promise<ImportRecord[]> {
  const found = await importsTable(db).where('[bookId+hash]').equals([bookId, hash]).toArray();
  return found.sort((a, b) => (a.at < b.at ? 1 : -1));
}

/** Every import into a book, newest first. */
export async function listImports(db: LumbungDb, bookId: Id): Promise<ImportRecord[]> {
  const found = await importsTable(db).where('bookId').equals(bookId).toArray();
  return found.sort((a, b) => (a.at < b.at ? 1 : -1));
}
