import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../server/db/pglite';
import { createPgliteIfAbsent } from '../../server/db/pglite-create';
import { TEST_POSTGRES_URL } from '../support/server/database';

// The embedded database is created in a child process the first time a folder is opened; what is
// then opened in the server's own process is that database, and a second start finds it there.

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe.skipIf(TEST_POSTGRES_URL !== undefined)('the embedded database’s creation', () => {
  it('creates the database in a new folder, keeps what is written, and finds it on the next start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lumbung-pglite-create-'));
    dirs.push(dataDir);
    const first = await openPglite(dataDir);
    expect(existsSync(join(dataDir, 'db', 'PG_VERSION'))).toBe(true);
    await first.exec('CREATE TABLE kept (note text)');
    await first.query('INSERT INTO kept (note) VALUES ($1)', ['simpan']);
    await first.close();

    expect(await createPgliteIfAbsent(join(dataDir, 'db'), [])).toBe(false);
    const second = await openPglite(dataDir);
    try {
      expect(await second.query('SELECT note FROM kept')).toEqual([{ note: 'simpan' }]);
    } finally {
      await second.close();
    }
  }, 120_000);
});
