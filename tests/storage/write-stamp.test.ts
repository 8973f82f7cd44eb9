import { describe, expect, it } from 'vitest';
import { addEntry, homeSummary, subscribeWriteStamp, writeStamp, writesSeen } from '../../src/storage';
import { freshDb, makeBook, sale, unwrap } from '../support/storage/db';
import { useSharedLocalStorage } from '../support/storage/shared-local-storage';

describe('the write stamp', () => {
  useSharedLocalStorage();

  it('moves with each save, so figures kept before it are not shown as current', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const kept = { stamp: writeStamp(), summary: await homeSummary(db, t.book.id, '2026-03-02') };
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 9_000 })));
    expect(writeStamp()).not.toBe(kept.stamp);
    // Read again at the new stamp, the figures include the sale, and the stamp holds until the next write.
    const stamp = writeStamp();
    expect((await homeSummary(db, t.book.id, '2026-03-02')).today.income).toBe(
      kept.summary.today.income + 9_000,
    );
    expect(writeStamp()).toBe(stamp);
  });

  it('tells this tab when a write is in, with a change its screens see even if they looked while it ran', async () => {
    const db = freshDb();
    await makeBook(db);
    const told: string[] = [];
    const stop = subscribeWriteStamp(() => told.push(writesSeen()));
    let during = '';
    await db.transaction('rw', db.settings, async () => {
      // A screen drawn while the write runs already holds the stamp the write moved.
      during = writesSeen();
      await db.settings.put({ key: 'language', value: 'en' });
    });
    stop();
    expect(told).toHaveLength(1);
    expect(told[0]).not.toBe(during);
  });
});
