import type { Database } from './database';

/** How often the embedded database's planner statistics are gathered again. */
export const STATISTICS_SWEEP_MS = 600_000;

/**
 * Gathers the planner's statistics of every table (`ANALYZE`) when the database is PGlite, which
 * runs PostgreSQL in one process without the autovacuum that does this on a PostgreSQL server.
 * Without them a table filled since the last gathering is planned as the few rows it once held:
 * the branch list of 10,000 statements was read whole and sorted instead of walking its index.
 */
export async function refreshStatistics(db: Database): Promise<boolean> {
  if (db.kind !== 'pglite') return false;
  await db.exec('ANALYZE');
  return true;
}
