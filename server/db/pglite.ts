import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';

const wrap = (target: PGlite | Transaction): Queryable => ({
  async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
    return (await target.query<Row>(sql, [...params])).rows;
  },
  async exec(sql: string) {
    await target.exec(sql);
  },
});

/** The embedded database in `dataDir/db`: one process at a time, every commit on disk before it answers. */
export async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const pglite = await PGlite.create(join(dataDir, 'db'), { relaxedDurability: false });
  return {
    kind: 'pglite',
    ...wrap(pglite),
    transaction: (work) => pglite.transaction((tx) => work(wrap(tx))),
    close: () => pglite.close(),
  };
}
