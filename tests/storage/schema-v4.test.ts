import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  checkRollups,
  findImportsByHash,
  LATEST_SCHEMA_VERSION,
  listAccounts,
  listCategories,
  openLumbungDb,
  SCHEMA_VERSIONS,
  verifyBookChain,
} from '../../src/storage';
import { checkCsvBytes } from '../../src/features/data/csv-check';
import { importCsvPlan } from '../../src/storage';
import { addEntry } from '../../src/storage';
import { freshName, makeBook, sale, unwrap } from '../support/storage/db';
import { atOlderVersion } from '../support/storage/older-db';

const BEFORE_IMPORTS = SCHEMA_VERSIONS.filter((v) => v.version < 4);

describe('schema version 4 (import records)', () => {
  it('upgrades a database of the previous version: every row kept, an empty imports table added', async () => {
    const name = freshName();
    const { old, value: t } = await atOlderVersion(name, BEFORE_IMPORTS, async (db) => {
      const t = await makeBook(db);
      unwrap(await addEntry(db, t.book.id, sale(t)));
      return t;
    });
    const rows = { entries: await old.entries.toArray(), revisions: await old.revisions.toArray() };
    expect(old.tables.map((table) => table.name)).not.toContain('imports');
    old.close();

    const opened = await openLumbungDb(name);
    if (!opened.ok) throw opened.error;
    const db = opened.db;
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.table('imports').count()).toBe(0);
    expect(await db.entries.toArray()).toEqual(rows.entries);
    expect(await db.revisions.toArray()).toEqual(rows.revisions);
    expect(await verifyBookChain(db, t.book.id)).toEqual([]);
    expect(await checkRollups(db, t.book.id)).toEqual([]);

    // The upgraded book records its next import.
    const bytes = new Uint8Array(
      readFileSync(new URL('../fixtures/excel-id-semicolon.csv', import.meta.url)),
    );
    const view = {
      categories: await listCategories(db, t.book.id),
      accounts: await listAccounts(db, t.book.id),
    };
    const checked = await checkCsvBytes(bytes, view);
    if (!checked.ok) expect.fail('refused');
    unwrap(await importCsvPlan(db, t.book.id, checked.plan, { hash: checked.hash, fileName: 'a.csv' }));
    expect(await findImportsByHash(db, t.book.id, checked.hash)).toHaveLength(1);
    db.close();
  });
});
