import { describe, expect, it } from 'vitest';
import { readBackup } from '../../src/domain/backup/read';
import { PHOTO_MAX_BYTES } from '../../src/domain/limits';
import {
  addEntry,
  LATEST_SCHEMA_VERSION,
  makeBackup,
  openLumbungDb,
  restoreBackup,
  SCHEMA_VERSIONS,
} from '../../src/storage';
import {
  attachPhoto,
  entryPhoto,
  photoUsage,
  removePhoto,
  restoreOverEverything,
} from '../../src/storage/lazy';
import { generateSigningKeyPair, signerFromKeyPair } from '../../src/domain/statement';
import { freshDb, freshName, makeBook, sale, unwrap } from '../support/storage/db';
import { atOlderVersion } from '../support/storage/older-db';

/** A small picture's bytes: what a compressed receipt photo would be, byte values all different. */
const jpeg = (size = 3_000) =>
  new Blob([Uint8Array.from({ length: size }, (_, i) => (i * 7 + 3) % 256)], { type: 'image/jpeg' });

const bytesOf = async (blob: Blob | undefined) => [
  ...new Uint8Array((await blob?.arrayBuffer()) ?? new ArrayBuffer(0)),
];

async function phoneWithPhoto(db = freshDb()) {
  const t = await makeBook(db);
  const entry = unwrap(await addEntry(db, t.book.id, sale(t)));
  const other = unwrap(await addEntry(db, t.book.id, sale(t, { amount: 5_000 })));
  unwrap(await attachPhoto(db, { entryId: entry.id, bookId: t.book.id, blob: jpeg() }));
  return { db, t, entry, other };
}

const restoreOptions = { clash: 'replace' as const, copyName: (n: string) => `${n} (cadangan)` };

describe('receipt photos', () => {
  it('opens a book of version 6 at the latest version with its entries and an empty photo store', async () => {
    const name = freshName();
    const { old } = await atOlderVersion(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version <= 6),
      async (db) => {
        const t = await makeBook(db);
        unwrap(await addEntry(db, t.book.id, sale(t)));
      },
    );
    const entries = await old.entries.toArray();
    old.close();
    const opened = await openLumbungDb(name);
    if (!opened.ok) throw opened.error;
    expect(opened.db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await opened.db.entries.toArray()).toEqual(entries);
    expect(await photoUsage(opened.db)).toEqual({ count: 0, bytes: 0 });
    opened.db.close();
  });

  it('keeps a photo beside its entry, counts it, and removes it without touching the entry', async () => {
    const { db, entry } = await phoneWithPhoto();
    expect((await entryPhoto(db, entry.id))?.bytes).toBe(3_000);
    expect(await photoUsage(db)).toEqual({ count: 1, bytes: 3_000 });
    const revisions = await db.revisions.count();
    await removePhoto(db, entry.id);
    expect(await entryPhoto(db, entry.id)).toBeUndefined();
    expect(await db.entries.get(entry.id)).toEqual(entry);
    expect(await db.revisions.count()).toBe(revisions);
  });

  it('never puts a photo in a loan statement: the statement of a book is the same with its photo or without', async () => {
    const { db, t, entry } = await phoneWithPhoto();
    const { makeStatementFiles } = await import('../../src/features/statement/make-statement-files');
    const signer = await signerFromKeyPair(await generateSigningKeyPair());
    const choices = { from: '2026-01-01', to: '2026-12-31', signer, now: new Date('2027-01-02T02:00:00Z') };
    const made = async () => {
      const files = unwrap(await makeStatementFiles(db, t.book.id, choices));
      return { statement: { ...files.statement, id: '' }, bytes: files.json.length };
    };
    const withPhoto = await made();
    await removePhoto(db, entry.id);
    expect(await made()).toEqual(withPhoto);
  });

  it('refuses a photo over the limit, of another format, or for an entry not in the book', async () => {
    const { db, t, entry } = await phoneWithPhoto();
    const big = await attachPhoto(db, {
      entryId: entry.id,
      bookId: t.book.id,
      blob: jpeg(PHOTO_MAX_BYTES + 1),
    });
    const png = await attachPhoto(db, {
      entryId: entry.id,
      bookId: t.book.id,
      blob: new Blob(['x'], { type: 'image/png' }),
    });
    const missing = await attachPhoto(db, { entryId: 'nope', bookId: t.book.id, blob: jpeg() });
    expect([big, png, missing].map((r) => (r.ok ? 'ok' : r.errors[0]?.code))).toEqual([
      'photo.tooLarge',
      'photo.type',
      'photo.noEntry',
    ]);
    expect(await photoUsage(db)).toEqual({ count: 1, bytes: 3_000 });
  });

  it('leaves photos out of a backup unless asked, and brings them back on restore', async () => {
    const { db, entry } = await phoneWithPhoto();
    const without = await makeBackup(db, 'test');
    expect(without.text).not.toContain('"photos"');
    const withPhotos = await makeBackup(db, 'test', { photos: true });
    expect(withPhotos.counts.photos).toBe(1);

    const other = freshDb();
    const checked = unwrap(await readBackup(withPhotos.text));
    unwrap(await restoreBackup(other, checked.content, restoreOptions));
    expect(await bytesOf((await entryPhoto(other, entry.id))?.blob)).toEqual(await bytesOf(jpeg()));
  });

  it('keeps a photo whose entry a backup without photos brings back, and drops one whose entry it does not', async () => {
    const { db, t, entry } = await phoneWithPhoto();
    const backup = unwrap(await readBackup((await makeBackup(db, 'test')).text));
    const later = unwrap(await addEntry(db, t.book.id, sale(t, { amount: 7_000 })));
    unwrap(await attachPhoto(db, { entryId: later.id, bookId: t.book.id, blob: jpeg(500) }));
    unwrap(await restoreBackup(db, backup.content, restoreOptions));
    expect((await entryPhoto(db, entry.id))?.bytes).toBe(3_000);
    expect(await entryPhoto(db, later.id)).toBeUndefined();
  });

  it('gives a kept-both copy its own photos, and restoring over everything keeps only the backup’s', async () => {
    const { db, entry } = await phoneWithPhoto();
    const backup = unwrap(await readBackup((await makeBackup(db, 'test', { photos: true })).text));
    unwrap(await restoreBackup(db, backup.content, { ...restoreOptions, clash: 'keepBoth' }));
    const photos = await db.photos.toArray();
    expect(photos).toHaveLength(2);
    const copy = photos.find((p) => p.entryId !== entry.id);
    expect((await db.entries.get(copy?.entryId ?? ''))?.bookId).toBe(copy?.bookId);

    const elsewhere = freshDb();
    await makeBook(elsewhere);
    const bare = unwrap(await readBackup((await makeBackup(elsewhere, 'test')).text));
    unwrap(await restoreOverEverything(db, bare.content));
    expect(await photoUsage(db)).toEqual({ count: 0, bytes: 0 });
  });

  it('refuses a backup whose photo names an entry it does not hold', async () => {
    const { db } = await phoneWithPhoto();
    const text = (await makeBackup(db, 'test', { photos: true })).text;
    const file = JSON.parse(text) as { content: { photos: { entryId: string }[] } };
    const photo = file.content.photos[0];
    if (photo) photo.entryId = 'elsewhere';
    const { buildBackup } = await import('../../src/domain/backup/build');
    const resealed = await buildBackup(file.content as never, 'test');
    const read = await readBackup(resealed.text);
    expect(read.ok ? [] : read.errors.map((e) => e.code)).toContain('backup.orphan');
  });
});
