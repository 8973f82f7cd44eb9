import { LumbungDb, type SchemaVersion } from '../../../src/storage';
import { freshName } from './db';

/**
 * A database of an older schema holding what `fill` wrote through today's pipeline: `fill` runs on
 * a scratch database of the latest schema, then every table the older schema knows is copied over,
 * as that version's app would have left it. Returns the older database, open, and what `fill` gave.
 */
export async function atOlderVersion<T>(
  name: string,
  versions: readonly SchemaVersion[],
  fill: (db: LumbungDb) => Promise<T>,
): Promise<{ old: LumbungDb; value: T }> {
  const scratch = new LumbungDb(freshName());
  const value = await fill(scratch);
  const old = new LumbungDb(name, versions);
  await old.open();
  for (const table of old.tables) await table.bulkAdd(await scratch.table(table.name).toArray());
  await scratch.delete();
  return { old, value };
}
