import type { RevisionSnapshot } from '../../src/domain/model';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addEntry,
  checkRollups,
  dailyTotalsInRange,
  editEntry,
  entryHistory,
  getEntry,
  verifyBookChain,
  voidEntry,
} from '../../src/storage';
import { codes, dumpTables, expense, freshDb, makeBook, sale, unwrap } from '../support/storage/db';

/** The amount a revision of an entry records. */
const amountOf = (s: RevisionSnapshot): number | undefined => ('amount' in s ? s.amount : undefined);

afterEach(() => {
  vi.useRealTimers();
});

describe('addEntry', () => {
  it('stores the entry, its first revision and its daily total', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const now = new Date('2026-03-02T03:00:00.000Z');
    const entry = unwrap(await addEntry(db, t.book.id, sale(t, { note: '  jual kopi  ' }), { now }));
    expect(await getEntry(db, entry.id)).toEqual({
      ...sale(t),
      id: entry.id,
      bookId: t.book.id,
      recordedAt: now.toISOString(),
      updatedAt: now.toISOString(),
      source: 'app',
      voided: false,
    });
    const history = await entryHistory(db, entry.id);
    expect(history.map((r) => [r.seq, r.action, amountOf(r.snapshot)])).toEqual([[1, 'create', 25_000]]);
    expect(await dailyTotalsInRange(db, t.book.id, '2026-03-02', '2026-03-02')).toEqual([
      {
        bookId: t.book.id,
        date: '2026-03-02',
        categoryId: t.category('Penjualan').id,
        accountId: t.kas.id,
        kind: 'pendapatan',
        amount: 25_000,
        count: 1,
      },
    ]);
  });

  it('marks imported entries with their batch', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const entry = unwrap(await addEntry(db, t.book.id, sale(t), { source: 'import', importId: 'batch-1' }));
    expect(entry).toMatchObject({ source: 'import', importId: 'batch-1' });
  });

  it.each([
    [{ amount: 0 }, ['money.zero']],
    [{ amount: -5 }, ['money.negative']],
    [{ amount: 1.5 }, ['money.fraction']],
    [{ amount: Number.NaN }, ['money.notANumber']],
    [{ amount: 2 ** 53 }, ['money.tooLarge']],
    [{ date: '2026-02-30' }, ['date.invalid']],
    [{ direction: 'out' as const }, ['entry.kindDirection']],
    [{ categoryId: 'nope' }, ['entry.categoryMissing']],
    [{ accountId: 'nope' }, ['entry.accountMissing']],
    [{ note: 'x'.repeat(501) }, ['entry.noteTooLong']],
    [{ counterparty: 'x'.repeat(121) }, ['entry.counterpartyTooLong']],
  ])('refuses %o with %o and writes nothing', async (overrides, expected) => {
    const db = freshDb();
    const t = await makeBook(db);
    const before = await dumpTables(db);
    expect(codes(await addEntry(db, t.book.id, sale(t, overrides)))).toEqual(expected);
    expect(await dumpTables(db)).toEqual(before);
  });

  it('refuses a category or account of another book', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const other = await makeBook(db);
    const result = await addEntry(
      db,
      t.book.id,
      sale(t, { categoryId: other.category('Penjualan').id, accountId: other.kas.id }),
    );
    expect(codes(result)).toEqual(['entry.categoryMissing', 'entry.accountMissing']);
    expect(codes(await addEntry(db, 'no-book', sale(t)))).toEqual(['book.notFound']);
  });
});

describe('editEntry', () => {
  it('adds a revision and moves the rollup across day, category and account', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const entry = unwrap(await addEntry(db, t.book.id, sale(t)));
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 5_000 })));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-05T01:00:00.000Z'));
    const moved = {
      date: '2026-03-03',
      categoryId: t.category('Jasa').id,
      accountId: t.account('BRI').id,
      amount: 30_000,
    };
    const edited = unwrap(await editEntry(db, entry.id, sale(t, moved), 'salah tanggal'));
    expect(edited).toMatchObject({
      ...moved,
      recordedAt: entry.recordedAt,
      updatedAt: '2026-03-05T01:00:00.000Z',
    });
    const totals = await dailyTotalsInRange(db, t.book.id, '2026-03-01', '2026-03-31');
    expect(totals.map((r) => [r.date, r.kind, r.accountId, r.amount, r.count])).toEqual([
      ['2026-03-02', 'pendapatan', t.kas.id, 5_000, 1],
      ['2026-03-03', 'pendapatan', t.account('BRI').id, 30_000, 1],
    ]);
    const history = await entryHistory(db, entry.id);
    expect(history.map((r) => [r.action, r.reason, r.snapshot.date, amountOf(r.snapshot)])).toEqual([
      ['create', undefined, '2026-03-02', 25_000],
      ['edit', 'salah tanggal', '2026-03-03', 30_000],
    ]);
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    expect(await verifyBookChain(db, t.book.id)).toEqual([]);
  });

  it('writes nothing for an edit that changes nothing', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const entry = unwrap(await addEntry(db, t.book.id, sale(t)));
    expect(unwrap(await editEntry(db, entry.id, sale(t, { note: 'jual kopi ' })))).toEqual(entry);
    expect(await entryHistory(db, entry.id)).toHaveLength(1);
  });

  it('validates like addEntry and refuses voided or unknown entries', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const entry = unwrap(await addEntry(db, t.book.id, sale(t)));
    expect(codes(await editEntry(db, entry.id, sale(t, { categoryId: t.category('Listrik').id })))).toEqual([
      'entry.kindDirection',
    ]);
    expect(codes(await editEntry(db, entry.id, sale(t), 'x'.repeat(201)))).toEqual([
      'revision.reasonTooLong',
    ]);
    expect(codes(await editEntry(db, 'nope', sale(t)))).toEqual(['entry.notFound']);
    unwrap(await voidEntry(db, entry.id, 'dobel'));
    expect(codes(await editEntry(db, entry.id, sale(t, { amount: 1 })))).toEqual(['entry.voided']);
  });
});

describe('voidEntry', () => {
  it('keeps the entry, records why, and takes it out of the totals', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const entry = unwrap(await addEntry(db, t.book.id, expense(t)));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-09T01:00:00.000Z'));
    const voided = unwrap(await voidEntry(db, entry.id, ' dicatat dua kali '));
    expect(voided).toMatchObject({
      voided: true,
      voidReason: 'dicatat dua kali',
      updatedAt: '2026-03-09T01:00:00.000Z',
    });
    expect(await getEntry(db, entry.id)).toEqual(voided);
    expect(await dailyTotalsInRange(db, t.book.id, '2026-03-01', '2026-03-31')).toEqual([]);
    const history = await entryHistory(db, entry.id);
    expect(history.map((r) => [r.action, r.reason, r.snapshot.voided])).toEqual([
      ['create', undefined, false],
      ['void', 'dicatat dua kali', true],
    ]);
  });

  it('refuses voiding twice or without a reason', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const entry = unwrap(await addEntry(db, t.book.id, expense(t)));
    expect(codes(await voidEntry(db, entry.id, '  '))).toEqual(['revision.reasonRequired']);
    unwrap(await voidEntry(db, entry.id, 'dobel'));
    expect(codes(await voidEntry(db, entry.id, 'lagi'))).toEqual(['entry.alreadyVoided']);
    expect(codes(await voidEntry(db, 'nope', 'x'))).toEqual(['entry.notFound']);
    expect(await entryHistory(db, entry.id)).toHaveLength(2);
  });
});
