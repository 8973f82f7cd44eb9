import { describe, expect, it } from 'vitest';
import { buildBackup, type BackupRows } from '../../src/domain/backup/build';
import { NEVER_BACKED_UP } from '../../src/domain/backup/format';
import { readBackup } from '../../src/domain/backup/read';
import type { BackupContent } from '../../src/domain/backup/schema';
import {
  addEntry,
  addTransfer,
  checkRollups,
  editEntry,
  homeSummary,
  LumbungDb,
  makeBackup,
  previewRestore,
  restoreBackup,
  SCHEMA_VERSIONS,
  setSetting,
  verifyBookChain,
  voidEntry,
} from '../../src/storage';
import {
  codes,
  deposit,
  dumpTables,
  expense,
  freshDb,
  freshName,
  makeBook,
  sale,
  unwrap,
} from '../support/storage/db';

/** A phone with Warung Maria: a sale (edited), an expense (voided), a deposit to BRI. */
async function phoneWithBook(db = freshDb()) {
  const t = await makeBook(db);
  const s = unwrap(await addEntry(db, t.book.id, sale(t, { note: '=HYPERLINK("x")' })));
  unwrap(await editEntry(db, s.id, sale(t, { amount: 30_000, note: '=HYPERLINK("x")' }), 'salah ketik'));
  const e = unwrap(await addEntry(db, t.book.id, expense(t)));
  unwrap(await voidEntry(db, e.id, 'dobel'));
  unwrap(await addTransfer(db, t.book.id, deposit(t)));
  return { db, t };
}

/** Parses a backup, lets a test change its content, and seals it again with a valid checksum. */
async function reseal(text: string, change: (content: BackupContent) => void): Promise<string> {
  const file = JSON.parse(text) as { content: BackupContent; appVersion: string };
  change(file.content);
  return (await buildBackup(file.content as BackupRows, file.appVersion)).text;
}

/** The value, or a failed test when it is missing. */
function must<T>(value: T | undefined): T {
  if (value === undefined) expect.fail('missing');
  return value;
}

async function refusal(text: string): Promise<string[]> {
  return codes(await readBackup(text));
}

describe('a backup file', () => {
  it('is canonical JSON with a SHA-256 checksum, no rollups, no device settings and no key', async () => {
    const { db } = await phoneWithBook();
    await setSetting(db, 'device.lastBackup', { at: '2026-03-01T00:00:00.000Z', entries: 1 });
    await setSetting(db, 'signingKey', { kty: 'EC', crv: 'P-256', x: 'x', y: 'y', d: 'SECRET-D' });
    await setSetting(db, 'language', 'id');
    const backup = await makeBackup(db, '0.1.0');
    const file = JSON.parse(backup.text) as Record<string, unknown> & { content: Record<string, unknown> };
    expect(Object.keys(file).sort()).toEqual(['appVersion', 'asOf', 'checksum', 'content', 'format']);
    expect(file.format).toBe('lumbung.backup/1');
    expect(file.checksum).toEqual({ algorithm: 'SHA-256', value: backup.checksum });
    expect(Object.keys(file.content).sort()).toEqual(
      ['accounts', 'books', 'categories', 'entries', 'imports', 'revisions', 'settings', 'transfers'].sort(),
    );
    for (const table of NEVER_BACKED_UP) expect(file.content).not.toHaveProperty(table);
    // Settings belong to the phone, the language too: a restore takes only book data.
    expect(file.content.settings).toEqual([]);
    expect(backup.text).not.toContain('SECRET-D');
    expect(backup.counts).toEqual({ books: 1, entries: 2, transfers: 1, revisions: 5, photos: 0 });
  });

  it('never carries a `keys` table, even when the database has one', async () => {
    const name = freshName();
    const withKeys = new LumbungDb(name, [...SCHEMA_VERSIONS, { version: 99, stores: { keys: 'id' } }]);
    await phoneWithBook(withKeys);
    await withKeys.table('keys').add({ id: 'device', privateJwk: { kty: 'EC', d: 'PRIVATE-SCALAR' } });
    const backup = await makeBackup(withKeys, '0.1.0');
    expect(backup.text).not.toContain('PRIVATE-SCALAR');
    expect(backup.text).not.toContain('"keys"');
    withKeys.close();
  });

  it('restores into an empty phone with its history, rollups and figures', async () => {
    const { db, t } = await phoneWithBook();
    const checked = await readBackup((await makeBackup(db, '0.1.0')).text);
    if (!checked.ok) expect.fail(JSON.stringify(checked.errors));
    const empty = freshDb();
    expect(await previewRestore(empty, checked.value.content)).toEqual([
      { id: t.book.id, name: 'Warung Maria', entries: 2, entriesHere: null },
    ]);
    const summary = unwrap(
      await restoreBackup(empty, checked.value.content, { clash: 'replace', copyName: String }),
    );
    expect(summary).toMatchObject({
      entries: 2,
      transfers: 1,
      books: [{ id: t.book.id, name: 'Warung Maria' }],
    });
    expect(await verifyBookChain(empty, t.book.id)).toEqual([]);
    expect(await checkRollups(empty, t.book.id)).toEqual([]);
    expect(await homeSummary(empty, t.book.id, '2026-03-31')).toEqual(
      await homeSummary(db, t.book.id, '2026-03-31'),
    );
  });

  it('replaces a book already here, when the member says so', async () => {
    const { db, t } = await phoneWithBook();
    const checked = await readBackup((await makeBackup(db, '0.1.0')).text);
    if (!checked.ok) expect.fail('refused');
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 999, note: 'after the backup' })));
    expect((await previewRestore(db, checked.value.content))[0]?.entriesHere).toBe(3);
    unwrap(await restoreBackup(db, checked.value.content, { clash: 'replace', copyName: String }));
    expect(await db.entries.count()).toBe(2);
    expect(await db.entries.filter((e) => e.note === 'after the backup').count()).toBe(0);
    expect(await verifyBookChain(db, t.book.id)).toEqual([]);
    expect(await checkRollups(db, t.book.id)).toEqual([]);
  });

  it('keeps both: the copy gets new ids and a re-linked chain that verifies', async () => {
    const { db, t } = await phoneWithBook();
    const checked = await readBackup((await makeBackup(db, '0.1.0')).text);
    if (!checked.ok) expect.fail('refused');
    const summary = unwrap(
      await restoreBackup(db, checked.value.content, {
        clash: 'keepBoth',
        copyName: (n) => `${n} (cadangan)`,
      }),
    );
    const copy = must(summary.books[0]);
    expect(copy.id).not.toBe(t.book.id);
    expect(copy.name).toBe('Warung Maria (cadangan)');
    expect(await db.books.count()).toBe(2);
    expect(await db.entries.where('bookId').equals(copy.id).count()).toBe(2);
    expect(await verifyBookChain(db, copy.id)).toEqual([]);
    expect(await verifyBookChain(db, t.book.id)).toEqual([]);
    expect(await checkRollups(db, copy.id)).toEqual([]);
    expect(await homeSummary(db, copy.id, '2026-03-31')).toMatchObject({
      month: (await homeSummary(db, t.book.id, '2026-03-31')).month,
    });
    const copyRows = await db.entries.where('bookId').equals(copy.id).toArray();
    const ids = new Set((await db.accounts.toArray()).map((a) => a.id));
    expect(copyRows.every((e) => ids.has(e.accountId) && e.accountId !== t.kas.id)).toBe(true);
  });

  it('writes nothing when a row clashes with another book here', async () => {
    const { db, t } = await phoneWithBook();
    const checked = await readBackup((await makeBackup(db, '0.1.0')).text);
    if (!checked.ok) expect.fail(JSON.stringify(checked.errors));
    const other = await phoneWithBook();
    // Another book on this phone happens to hold a row with the id of the backup's Kas account.
    await other.db.accounts.put({ ...other.t.kas, id: t.kas.id });
    const before = await dumpTables(other.db);
    expect(
      codes(await restoreBackup(other.db, checked.value.content, { clash: 'replace', copyName: String })),
    ).toEqual(['backup.idClash']);
    expect(await dumpTables(other.db)).toEqual(before);
  });
});

describe('a backup that cannot be trusted is refused before anything is written', () => {
  it('refuses what is not a Lumbung backup, or from a newer Lumbung', async () => {
    const { db } = await phoneWithBook();
    const text = (await makeBackup(db, '0.1.0')).text;
    expect(await refusal('not json')).toEqual(['backup.notJson']);
    expect(await refusal('{"format":"lumbung.statement/1"}')).toEqual(['backup.notBackup']);
    expect(await refusal(text.replace('"lumbung.backup/1"', '"lumbung.backup/2"'))).toEqual(['backup.newer']);
  });

  it('refuses unknown fields, unbounded text and a wrong checksum', async () => {
    const { db } = await phoneWithBook();
    const text = (await makeBackup(db, '0.1.0')).text;
    const file = JSON.parse(text) as { content: BackupContent };
    expect(await refusal(JSON.stringify({ ...file, extra: 1 }))).toEqual(['backup.invalid']);
    expect(await refusal(text.replace('"Warung Maria"', `"${'W'.repeat(500)}"`))).toEqual(['backup.invalid']);
    expect(await refusal(text.replace('"Warung Maria"', '"Warung Mario"'))).toEqual(['backup.checksum']);
  });

  it('refuses an amount changed outside the app, even with a recomputed checksum', async () => {
    const { db } = await phoneWithBook();
    const text = (await makeBackup(db, '0.1.0')).text;
    const edited = await reseal(text, (c) => {
      must(c.entries.find((e) => !e.voided)).amount = 3_000_000;
    });
    expect(await refusal(edited)).toEqual(['backup.history']);
    const rewritten = await reseal(text, (c) => {
      const entry = must(c.entries.find((e) => !e.voided));
      entry.amount = 3_000_000;
      for (const r of c.revisions)
        if (r.subjectId === entry.id && r.snapshot.subject === 'entry') r.snapshot.amount = 3_000_000;
    });
    expect(await refusal(rewritten)).toContain('backup.chain');
  });

  it('refuses rows pointing at nothing and categories of the wrong direction', async () => {
    const { db } = await phoneWithBook();
    const text = (await makeBackup(db, '0.1.0')).text;
    expect(await refusal(await reseal(text, (c) => void c.accounts.splice(0, 2)))).toContain('backup.orphan');
    expect(
      await refusal(
        await reseal(text, (c) => {
          for (const cat of c.categories) cat.kind = 'prive';
        }),
      ),
    ).toContain('backup.kindDirection');
    expect(await refusal(await reseal(text, (c) => void c.books.splice(0)))).toEqual(['backup.empty']);
  });
});
