import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addEntry,
  LATEST_SCHEMA_VERSION,
  LumbungDb,
  onVersionChange,
  openLumbungDb,
  SCHEMA_VERSIONS,
  type Setting,
} from '../../src/storage';
import { freshName, makeBook, sale, unwrap } from '../support/storage/db';

const realIndexedDB = Dexie.dependencies.indexedDB;

afterEach(() => {
  Dexie.dependencies.indexedDB = realIndexedDB;
});

describe('openLumbungDb', () => {
  it('creates the database at the newest schema', async () => {
    const opened = await openLumbungDb(freshName());
    if (!opened.ok) throw opened.error;
    expect(opened.db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(opened.db.tables.map((t) => t.name)).toContain('dailyTotals');
    expect(opened.db.tables.map((t) => t.name)).toContain('monthlyTotals');
    opened.db.close();
  });

  it('reports a database written by a newer app and leaves it untouched', async () => {
    const name = freshName();
    const future = new Dexie(name);
    future.version(99).stores({ books: 'id', settings: 'key', receipts: 'id, bookId' });
    await future.open();
    await future.table('books').add({ id: 'b1', name: 'Warung dari masa depan' });
    await future.table<Setting, string>('settings').put({ key: 'theme', value: 'dark' });
    future.close();

    const opened = await openLumbungDb(name);
    expect(opened).toMatchObject({ ok: false, reason: 'newer-version' });

    const after = new Dexie(name);
    await after.open();
    expect(after.verno).toBe(99);
    expect(after.tables.map((t) => t.name).sort()).toEqual(['books', 'receipts', 'settings']);
    expect(await after.table('books').toArray()).toEqual([{ id: 'b1', name: 'Warung dari masa depan' }]);
    expect(await after.table('settings').toArray()).toEqual([{ key: 'theme', value: 'dark' }]);
    after.close();
  });

  it('reports a browser without IndexedDB as unavailable', async () => {
    Dexie.dependencies.indexedDB = undefined as unknown as IDBFactory;
    expect(await openLumbungDb(freshName())).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});

describe('onVersionChange', () => {
  beforeEach(() => {
    // Dexie narrates blocked upgrades on the console; the assertions below say what matters.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const next = LATEST_SCHEMA_VERSION + 1;
  const nextSchema = [...SCHEMA_VERSIONS, { version: next, stores: { receipts: 'id, bookId' } }];

  it('lets the open form be saved before another tab upgrades, then closes', async () => {
    const name = freshName();
    const opened = await openLumbungDb(name);
    if (!opened.ok) throw opened.error;
    const db = opened.db;
    const t = await makeBook(db);
    let saved = false;
    onVersionChange(db, async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      unwrap(await addEntry(db, t.book.id, sale(t, { note: 'form yang belum disimpan' })));
      saved = true;
    });

    const otherTab = new LumbungDb(name, nextSchema);
    await otherTab.open();
    expect(saved).toBe(true);
    expect(db.isOpen()).toBe(false);
    expect(otherTab.verno).toBe(next);
    expect((await otherTab.entries.toArray()).map((e) => e.note)).toEqual(['form yang belum disimpan']);
    otherTab.close();
  });

  it('after unsubscribing, closes at once as Dexie does by itself', async () => {
    const name = freshName();
    const opened = await openLumbungDb(name);
    if (!opened.ok) throw opened.error;
    let called = false;
    const unsubscribe = onVersionChange(opened.db, async () => {
      called = true;
    });
    unsubscribe();
    const otherTab = new LumbungDb(name, nextSchema);
    await otherTab.open();
    expect(called).toBe(false);
    expect(opened.db.isOpen()).toBe(false);
    otherTab.close();
  });
});
