import { describe, expect, it } from 'vitest';
import {
  addEntry,
  addTransfer,
  checkRollups,
  editEntry,
  entryHistory,
  verifyBookChain,
  voidEntry,
} from '../../src/storage';
import { MAX_ATTEMPTS, retryOnStale, StaleReadError } from '../../src/storage/retry';
import { deposit, expense, freshDb, makeBook, sale, unwrap } from '../support/storage/db';

describe('the hash chain', () => {
  it('links every revision of a book and verifies', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const other = await makeBook(db);
    const a = unwrap(await addEntry(db, t.book.id, sale(t)));
    unwrap(await addEntry(db, other.book.id, sale(other)));
    unwrap(await addTransfer(db, t.book.id, deposit(t)));
    unwrap(await editEntry(db, a.id, sale(t, { amount: 26_000 })));
    unwrap(await voidEntry(db, a.id, 'batal'));
    const revisions = await db.revisions
      .where('[bookId+seq]')
      .between([t.book.id, 0], [t.book.id, Infinity])
      .toArray();
    expect(revisions.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(revisions.slice(1).map((r, i) => r.prevHash === revisions[i]?.hash)).toEqual([true, true, true]);
    expect(await verifyBookChain(db, t.book.id)).toEqual([]);
    expect(await verifyBookChain(db, other.book.id)).toEqual([]);
  });

  it('detects a stored revision rewritten afterwards', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const a = unwrap(await addEntry(db, t.book.id, sale(t)));
    unwrap(await addEntry(db, t.book.id, expense(t)));
    unwrap(await editEntry(db, a.id, sale(t, { amount: 30_000 })));
    const [created] = await entryHistory(db, a.id);
    if (!created || created.snapshot.subject !== 'entry') throw new Error('no revision');
    await db.revisions.put({ ...created, snapshot: { ...created.snapshot, amount: 2_500_000 } });
    expect(await verifyBookChain(db, t.book.id)).toEqual([{ seq: 1, code: 'chain.hash' }]);
  });

  it('detects a revision removed from the middle', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    for (const amount of [1_000, 2_000, 3_000]) unwrap(await addEntry(db, t.book.id, sale(t, { amount })));
    await db.revisions.delete([t.book.id, 2]);
    expect(await verifyBookChain(db, t.book.id)).toEqual([
      { seq: 3, code: 'chain.gap' },
      { seq: 3, code: 'chain.link' },
    ]);
  });

  it('keeps the chain whole when writes race (the losers start over)', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const amounts = [1_000, 2_000, 3_000, 4_000, 5_000, 6_000];
    const results = await Promise.all([
      ...amounts.map((amount) => addEntry(db, t.book.id, sale(t, { amount }))),
      addTransfer(db, t.book.id, deposit(t)),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const revisions = await db.revisions
      .where('[bookId+seq]')
      .between([t.book.id, 0], [t.book.id, Infinity])
      .toArray();
    expect(revisions.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await verifyBookChain(db, t.book.id)).toEqual([]);
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    const [total] = await db.dailyTotals.toArray();
    expect(total).toMatchObject({ amount: 21_000, count: 6 });
  });
});

describe('a verb that keeps losing races', () => {
  it('gives up with storage.busy after a bounded number of attempts', async () => {
    let attempts = 0;
    const result = await retryOnStale(async () => {
      attempts += 1;
      throw new StaleReadError('revisions');
    });
    expect(result).toEqual({ ok: false, errors: [{ code: 'storage.busy' }] });
    expect(attempts).toBe(MAX_ATTEMPTS);
  });
});
