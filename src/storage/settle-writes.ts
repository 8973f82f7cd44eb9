import type { LumbungDb } from './db';

/**
 * Resolves once every write transaction already started on this connection has finished: a
 * read-write transaction over every table is queued behind all of them (IndexedDB runs
 * overlapping read-write transactions in order). The app waits for this before it reloads.
 */
export async function settleWrites(db: LumbungDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await db.settings.get('');
  });
}
