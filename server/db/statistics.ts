import type { Database } from './database';

/** How often the embedded database's planner statistics are gathered again. */
export const STATISTICS_SWEEP_MS = 600_000;

/** The size (8 KiB pages) a table must reach before its growth alone calls for new statistics. */
const GROWTH_MIN_PAGES = 16;

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

/**
 * Gathers `table`'s statistics again when it has at least doubled in pages since they were last
 * gathered (and is past a few pages), so a list that grows fast after start is planned on its
 * indexes without waiting for the sweep. PGlite only, as above; the check is one catalogue read.
 */
export async function refreshStatisticsIfGrown(db: Database, table: 'statements'): Promise<boolean> {
  if (db.kind !== 'pglite') return false;
  const [size] = await db.query<{ gathered: number; pages: number }>(
    `SELECT relpages AS gathered, (pg_relation_size(oid) / current_setting('block_size')::int)::int AS pages
     FROM pg_class WHERE oid = $1::regclass`,
    [table],
  );
  if (size === undefined || size.pages < Math.max(GROWTH_MIN_PAGES, 2 * size.gathered)) return false;
  await db.exec(`ANALYZE ${table}`);
  return true;
}
