import type { BackupContent } from '../domain/backup/schema';
import { restoreChange } from '../domain/changes/restore';
import { fail, ok, type Result } from '../domain/result';
import type { Receipt } from '../domain/sync/receipt';
import { backedUpTables } from './backed-up-tables';
import { commitChange } from './commit';
import type { LumbungDb } from './db';
import { rollupTables } from './rollup-tables';
import { syncLinksTable, syncReceiptsTable, type SyncLink } from './sync-links';

/** Why a checked restore was not written. */
export type SyncRestoreProblem = { code: 'sync.bookHere' };

/**
 * Writes a book restored from the server, checked whole beforehand: its rows and history through
 * the one commit pipeline (rollups rebuilt from the entries), its sync link and its receipts, all
 * in one transaction, so an interruption leaves either the whole book or nothing. A book already
 * on this phone is never replaced by a restore.
 */
export async function restoreSyncedBook(
  db: LumbungDb,
  content: BackupContent,
  link: SyncLink,
  receipts: readonly Receipt[],
): Promise<Result<null, SyncRestoreProblem>> {
  const links = syncLinksTable(db);
  const stored = syncReceiptsTable(db);
  const tables = [...backedUpTables(db), ...rollupTables(db), links, stored];
  const written = await db.transaction('rw', tables, async () => {
    if ((await db.books.get(link.bookId)) !== undefined || (await links.get(link.bookId)) !== undefined)
      return false;
    await commitChange(db, restoreChange(content, []));
    await links.add(link);
    await stored.bulkPut(receipts.map(({ book, ...rest }) => ({ ...rest, bookId: book })));
    return true;
  });
  return written ? ok(null) : fail({ code: 'sync.bookHere' });
}
