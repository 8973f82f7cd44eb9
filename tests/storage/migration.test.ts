import { describe, expect, it } from 'vitest';
import { dailyTotalKey, dailyTransferTotalKey, rollUp } from '../../src/domain/daily-rollups';
import { chainRevisions } from '../../src/domain/revisions';
import {
  addEntry,
  checkRollups,
  homeSummary,
  LATEST_SCHEMA_VERSION,
  LumbungDb,
  openLumbungDb,
  SCHEMA_VERSIONS,
  verifyBookChain,
} from '../../src/storage';
import { V1_ACCOUNTS, V1_BOOK, V1_CATEGORIES, V1_ENTRIES, V1_TRANSFERS } from './fixtures/v1-book';
import { freshName, unwrap } from '../support/storage/db';

/** Writes the version-1 fixture into a database that only knows schema version 1. */
async function makeV1Database(name: string): Promise<void> {
  const v1 = new LumbungDb(name, SCHEMA_VERSIONS.slice(0, 1));
  await v1.open();
  expect(v1.tables.map((t) => t.name).sort()).toEqual([
    'accounts',
    'books',
    'categories',
    'entries',
    'revisions',
    'settings',
    'transfers',
  ]);
  const drafts = [...V1_ENTRIES, ...V1_TRANSFERS].map((r) => ({
    bookId: r.bookId,
    subjectId: r.id,
    action: 'create' as const,
    at: r.recordedAt,
    snapshot:
      'direction' in r
        ? {
            subject: 'entry' as const,
            date: r.date,
            direction: r.direction,
            amount: r.amount,
            categoryId: r.categoryId,
            accountId: r.accountId,
            note: r.note,
            counterparty: r.counterparty,
            voided: false,
          }
        : {
            subject: 'transfer' as const,
            date: r.date,
            amount: r.amount,
            fromAccountId: r.fromAccountId,
            toAccountId: r.toAccountId,
            note: r.note,
            voided: false,
          },
  }));
  await v1.books.add(V1_BOOK);
  await v1.accounts.bulkAdd(V1_ACCOUNTS);
  await v1.categories.bulkAdd(V1_CATEGORIES);
  await v1.entries.bulkAdd(V1_ENTRIES);
  await v1.transfers.bulkAdd(V1_TRANSFERS);
  await v1.revisions.bulkAdd(chainRevisions(undefined, drafts));
  await v1.settings.put({ key: 'currentBookId', value: V1_BOOK.id });
  v1.close();
}

describe('upgrading from schema version 1', () => {
  it('builds the daily rollups from the stored entries and transfers, voided ones left out', async () => {
    const name = freshName();
    await makeV1Database(name);
    const opened = await openLumbungDb(name);
    if (!opened.ok) throw opened.error;
    const db = opened.db;
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);

    const kinds = new Map(V1_CATEGORIES.map((c) => [c.id, c.kind]));
    const reference = rollUp(V1_ENTRIES, V1_TRANSFERS, (id) => kinds.get(id) ?? 'pendapatan');
    const byKey =
      <T>(key: (t: T) => string) =>
      (a: T, b: T) =>
        key(a).localeCompare(key(b));
    expect((await db.dailyTotals.toArray()).sort(byKey(dailyTotalKey))).toEqual(
      reference.daily.sort(byKey(dailyTotalKey)),
    );
    expect((await db.dailyTransferTotals.toArray()).sort(byKey(dailyTransferTotalKey))).toEqual(
      reference.transfers.sort(byKey(dailyTransferTotalKey)),
    );
    expect(await checkRollups(db, V1_BOOK.id)).toEqual([]);

    const summary = await homeSummary(db, V1_BOOK.id, '2026-02-03');
    expect(summary.month).toMatchObject({ moneyIn: 1_125_000, moneyOut: 170_000, netProfit: 1_005_000 });
    expect(summary.balances.map((b) => [b.name, b.balance])).toEqual([
      ['Kas', 350_000 + 500_000 - 120_000 - 50_000 - 400_000],
      ['BRI', 275_000 + 400_000],
    ]);
    expect(summary.total).toBe(955_000);
  });

  it('keeps every old row and the history, and the upgraded book takes new entries', async () => {
    const name = freshName();
    await makeV1Database(name);
    const opened = await openLumbungDb(name);
    if (!opened.ok) throw opened.error;
    const db = opened.db;
    expect(await db.entries.toArray()).toEqual(V1_ENTRIES);
    expect(await db.transfers.toArray()).toEqual(V1_TRANSFERS);
    expect(await db.settings.get('currentBookId')).toEqual({ key: 'currentBookId', value: V1_BOOK.id });
    const fields = {
      date: '2026-02-03',
      direction: 'in' as const,
      amount: 1_000,
      categoryId: 'cat-jual',
      accountId: 'acc-kas',
      note: '',
      counterparty: '',
    };
    unwrap(await addEntry(db, V1_BOOK.id, fields));
    expect(await verifyBookChain(db, V1_BOOK.id)).toEqual([]);
    expect(await checkRollups(db, V1_BOOK.id)).toEqual([]);
  });
});
