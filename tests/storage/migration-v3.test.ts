import { describe, expect, it } from 'vitest';
import { chainRevisions } from '../../src/domain/revisions';
import { buildReport, unpackAccountMonths } from '../../src/domain/reports';
import { EVERY_MONTH, unpackMonths } from '../../src/domain/reports/year-rollups';
import {
  addEntry,
  checkRollups,
  entriesPage,
  homeSummary,
  LATEST_SCHEMA_VERSION,
  listAccounts,
  listCategories,
  LumbungDb,
  openLumbungDb,
  reportRows,
  SCHEMA_VERSIONS,
  verifyBookChain,
} from '../../src/storage';
import {
  V2_ACCOUNTS,
  V2_BOOK,
  V2_CATEGORIES,
  V2_DAILY_TOTALS,
  V2_DAILY_TRANSFER_TOTALS,
  V2_ENTRIES,
  V2_TRANSFERS,
} from './fixtures/v2-book';
import { freshName, unwrap } from '../support/storage/db';

/** Writes the version-2 fixture into a database that only knows schema versions 1 and 2. */
async function makeV2Database(name: string): Promise<void> {
  const v2 = new LumbungDb(name, SCHEMA_VERSIONS.slice(0, 2));
  await v2.open();
  expect(v2.verno).toBe(2);
  expect(v2.tables.map((t) => t.name)).not.toContain('monthlyTotals');
  const drafts = [...V2_ENTRIES, ...V2_TRANSFERS].map((r) => {
    const { date, amount, note } = r;
    const snapshot =
      'direction' in r
        ? {
            subject: 'entry' as const,
            ...{ date, direction: r.direction, amount, categoryId: r.categoryId, accountId: r.accountId },
            ...{ note, counterparty: r.counterparty, voided: r.voided },
          }
        : {
            subject: 'transfer' as const,
            ...{ date, amount, fromAccountId: r.fromAccountId, toAccountId: r.toAccountId },
            ...{ note, voided: r.voided },
          };
    return { bookId: r.bookId, subjectId: r.id, action: 'create' as const, at: r.recordedAt, snapshot };
  });
  await v2.books.add(V2_BOOK);
  await v2.accounts.bulkAdd(V2_ACCOUNTS);
  await v2.categories.bulkAdd(V2_CATEGORIES);
  await v2.entries.bulkAdd(V2_ENTRIES);
  await v2.transfers.bulkAdd(V2_TRANSFERS);
  await v2.revisions.bulkAdd(chainRevisions(undefined, drafts));
  await v2.dailyTotals.bulkAdd(V2_DAILY_TOTALS);
  await v2.dailyTransferTotals.bulkAdd(V2_DAILY_TRANSFER_TOTALS);
  v2.close();
}

async function openUpgraded(): Promise<LumbungDb> {
  const name = freshName();
  await makeV2Database(name);
  const opened = await openLumbungDb(name);
  if (!opened.ok) throw opened.error;
  expect(opened.db.verno).toBe(LATEST_SCHEMA_VERSION);
  return opened.db;
}

const bookId = V2_BOOK.id;

describe('upgrading from schema version 2', () => {
  it('builds the monthly and per-account rollups from the daily ones', async () => {
    const db = await openUpgraded();
    const byKey = (a: { month: string; categoryId: string }, b: { month: string; categoryId: string }) =>
      `${a.month}${a.categoryId}`.localeCompare(`${b.month}${b.categoryId}`);
    // Since schema 11 a book's months are kept in its year rows alone.
    const monthly = unpackMonths(await db.yearTotals.toArray(), EVERY_MONTH).monthly.sort(byKey);
    expect(await db.monthlyTotals.count()).toBe(0);
    expect(monthly.map((r) => [r.month, r.categoryId, r.accountId, r.kind, r.amount, r.count])).toEqual([
      ['2026-01', 'cat-jual', 'acc-kas', 'pendapatan', 400_000, 2],
      ['2026-01', 'cat-modal', 'acc-kas', 'modal', 2_000_000, 1],
      ['2026-01', 'cat-stok', 'acc-kas', 'hpp', 300_000, 1],
      ['2026-02', 'cat-jual', 'acc-bri', 'pendapatan', 400_000, 1],
      ['2026-02', 'cat-listrik', 'acc-kas', 'beban', 75_000, 1],
      ['2026-03', 'cat-jual', 'acc-kas', 'pendapatan', 200_000, 2],
    ]);
    expect(
      (await db.monthlyTransferTotals.toArray()).map((r) => [r.month, r.amount, r.count]).sort(),
    ).toEqual([
      ['2026-01', 500_000, 1],
      ['2026-02', 100_000, 1],
    ]);
    // Each account's net movement per month and per year: entries by direction, transfers on both
    // sides. Since schema 16 an account's months are kept in its year rows alone.
    expect(await db.accountMonths.count()).toBe(0);
    expect(
      unpackAccountMonths(await db.accountYears.toArray())
        .map((r) => [r.month, r.accountId, r.amount, r.count])
        .sort(),
    ).toEqual([
      ['2026-01', 'acc-bri', 500_000, 1],
      ['2026-01', 'acc-kas', 2_000_000 + 150_000 + 250_000 - 300_000 - 500_000, 5],
      ['2026-02', 'acc-bri', 400_000 + 100_000, 2],
      ['2026-02', 'acc-kas', -75_000 - 100_000, 2],
      ['2026-03', 'acc-kas', 200_000, 2],
    ]);
    expect(
      (await db.accountYears.toArray()).map((r) => [r.year, r.accountId, r.amount, r.count]).sort(),
    ).toEqual([
      ['2026', 'acc-bri', 1_000_000, 3],
      ['2026', 'acc-kas', 1_625_000, 9],
    ]);
    expect(await checkRollups(db, bookId)).toEqual([]);
  });

  it('shows the same figures as before the upgrade, now read from months', async () => {
    const db = await openUpgraded();
    const [rows, categories, accounts] = await Promise.all([
      reportRows(db, bookId, '2026-03-01', '2026-03-31'),
      listCategories(db, bookId),
      listAccounts(db, bookId),
    ]);
    const march = buildReport({ from: '2026-03-01', to: '2026-03-31', ...rows, categories, accounts });
    expect(march.cashFlow.openingBalance).toBe(2_000_000 + 150_000 + 250_000 - 300_000 + 400_000 - 75_000);
    expect(march.cashFlow.closingBalance).toBe(2_425_000 + 200_000);
    expect(march.cashFlow.accounts.map((a) => [a.name, a.balance])).toEqual([
      ['Kas', 2_625_000 - 400_000 - 600_000],
      ['BRI', 400_000 + 600_000],
    ]);
    expect(march.profitAndLoss.revenue).toBe(200_000);
    expect(march.counts).toEqual({ entries: 2, transfers: 0 });
    const summary = await homeSummary(db, bookId, '2026-03-01');
    expect(summary.total).toBe(2_625_000);
    expect(summary.today).toMatchObject({ moneyIn: 200_000, moneyOut: 0, netProfit: 200_000, count: 2 });
  });

  it('keeps every old row and the history, pages the ledger by the new index, and takes new entries', async () => {
    const db = await openUpgraded();
    expect(await db.entries.toArray()).toEqual(V2_ENTRIES);
    expect(await db.transfers.toArray()).toEqual(V2_TRANSFERS);
    const page = await entriesPage(db, bookId, { from: '2026-01-01', to: '2026-02-28' }, { limit: 3 });
    expect(page.entries.map((e) => e.id)).toEqual(['e06', 'e05', 'e04']);
    unwrap(
      await addEntry(db, bookId, {
        date: '2026-01-31',
        direction: 'out',
        amount: 25_000,
        categoryId: 'cat-listrik',
        accountId: 'acc-kas',
        note: 'token',
        counterparty: '',
      }),
    );
    expect(await checkRollups(db, bookId)).toEqual([]);
    expect(await verifyBookChain(db, bookId)).toEqual([]);
    expect((await homeSummary(db, bookId, '2026-03-01')).total).toBe(2_600_000);
  });
});
