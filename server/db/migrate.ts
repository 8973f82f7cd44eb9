import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Postgrator from 'postgrator';
import type { Database } from './database';

const here = dirname(fileURLToPath(import.meta.url));
// The SQL files stay in server/db/migrations, next to this file in the source and one folder up
// from the bundle in dist-server/.
const MIGRATIONS_DIR = [join(here, 'migrations'), join(here, '..', 'server', 'db', 'migrations')].find(
  (dir) => existsSync(dir),
);

// Any constant: it only has to be the same for every process migrating this database.
const MIGRATION_LOCK = 4_202_610;

/**
 * Applies every migration not yet applied, in one transaction, holding an advisory lock so that
 * two processes starting together do not both migrate. Migrations only ever grow: there are no
 * "undo" files, and a database migrated further than this code knows is refused.
 */
export async function migrate(db: Database): Promise<void> {
  if (MIGRATIONS_DIR === undefined) throw new Error('server/db/migrations not found');
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const postgrator = new Postgrator({
      migrationPattern: join(MIGRATIONS_DIR, '*.do.*.sql'),
      driver: 'pg',
      schemaTable: 'schema_version',
      execQuery: async (query) => ({ rows: await tx.query(query) }),
      execSqlScript: (script) => tx.exec(script),
    });
    const known = await postgrator.getMaxVersion();
    const current = await postgrator.getDatabaseVersion();
    if (current > known) throw new Error(`database schema ${current} is newer than this server (${known})`);
    await postgrator.migrate();
  });
}
