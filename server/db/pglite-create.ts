import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

// Run in a child Node: PGlite's CommonJS build, given as the first argument, creates the database
// at the second (initdb, then a first start and a clean stop), the start parameters after them.
const CREATE = `const [, pglite, path, ...startParams] = process.argv;
require(pglite).PGlite.create(path, { startParams }).then((db) => db.close());`;

/**
 * Creates the embedded database at `path` if it is not there yet, in a child process that exits
 * once it is made. Creating a cluster (PGlite's initdb and a second, temporary PostgreSQL) takes
 * over 400 MiB for a moment, and a process that did it in its own memory kept about 120 MiB of
 * that for the rest of its life (freed but never given back to the operating system); a child's
 * memory is given back when it exits. Answers whether it created the database.
 */
export async function createPgliteIfAbsent(path: string, startParams: readonly string[]): Promise<boolean> {
  if (existsSync(join(path, 'PG_VERSION'))) return false;
  const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  await run(process.execPath, ['-e', CREATE, pglite, path, ...startParams], { maxBuffer: 16 * 1024 * 1024 });
  return true;
}
