import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/domain/reports';
import {
  addContact,
  addEntry,
  addSettlement,
  addTransfer,
  checkRollups,
  homeSummary,
  LATEST_SCHEMA_VERSION,
  type LumbungDb,
  openLumbungDb,
  positionAt,
  rebuildRollups,
  reportInput,
  SCHEMA_VERSIONS,
  voidEntry,
} from '../../src/storage';
import type { MonthlessAccountYear } from '../../src/storage/upgrade-v16';
import { deposit, expense, freshName, makeBook, sale, unwrap, type TestBook } from '../support/storage/db';
import { atOlderVersion } from '../support/storage/older-db';

const BEFORE_ACCOUNT_MONTHS_IN_YEARS = SCHEMA_VERSIONS.filter((v) => v.version < 16);

/** What the member sees of a book: reports from mid-year and of a whole year, home on a day, a position. */
async function figures(db: LumbungDb, t: TestBook, today: string) {
  const report = async (from: string, to: string) =>
    buildReport({ from, to, ...(await reportInput(db, t.book.id, from, to)) });
  return {
    reports: [
      await report('2025-01-01', '2025-12-31'),
      await report('2026-04-01', '2026-04-30'),
      await report('2026-03-15', '2026-05-31'),
    ],
    home: await homeSummary(db, t.book.id, today),
    position: await positionAt(db, t.book.id, '2026-04-10'),
  };
}

/** Two years of cash, a transfer, a credit sale paid in part and then collected, one voided entry, one dated ahead. */
async function fillBook(db: LumbungDb): Promise<TestBook> {
  const t = await makeBook(db);
  const bri = t.account('BRI').id;
  unwrap(await addEntry(db, t.book.id, sale(t, { date: '2025-11-30', amount: 40_000 })));
  unwrap(await addEntry(db, t.book.id, expense(t, { date: '2025-12-03', amount: 9_000 })));
  unwrap(await addEntry(db, t.book.id, sale(t, { date: '2026-02-02', amount: 30_000 })));
  const power = unwrap(await addEntry(db, t.book.id, expense(t, { date: '2026-03-05' })));
  unwrap(await voidEntry(db, power.id, 'salah catat'));
  unwrap(await addEntry(db, t.book.id, sale(t, { date: '2026-03-06', accountId: bri, amount: 12_000 })));
  unwrap(await addTransfer(db, t.book.id, deposit(t, { date: '2026-03-20', amount: 20_000 })));
  const sari = unwrap(await addContact(db, t.book.id, { name: 'Bu Sari', whatsapp: '', role: 'customer' }));
  unwrap(
    await addEntry(
      db,
      t.book.id,
      sale(t, { date: '2026-04-02', amount: 50_000, contactId: sari.id, paid: 15_000 }),
    ),
  );
  unwrap(
    await addSettlement(db, t.book.id, {
      type: 'collect',
      contactId: sari.id,
      accountId: bri,
      date: '2026-04-08',
      amount: 10_000,
      note: '',
    }),
  );
  unwrap(await addEntry(db, t.book.id, expense(t, { date: '2026-06-01', amount: 4_000 })));
  return t;
}

describe('schema version 16 (an account’s months kept in its year row)', () => {
  it('opens a book whose account months are rows of their own with the same months in the year rows and every figure as it was', async () => {
    const name = freshName();
    const { old, value } = await atOlderVersion(name, BEFORE_ACCOUNT_MONTHS_IN_YEARS, async (db) => {
      const t = await fillBook(db);
      return { t, before: await figures(db, t, '2026-04-10') };
    });
    const { t, before } = value;
    // As versions 3 to 15 stored them: the years without months, the months in a table of their own.
    const kas = t.kas.id;
    const bri = t.account('BRI').id;
    const stored = (await old.accountYears.toArray()) as unknown as MonthlessAccountYear[];
    expect(stored.map((y) => [y.year, y.accountId, y.amount, 'months' in y])).toEqual(
      expect.arrayContaining([
        ['2025', kas, 31_000, false],
        ['2026', kas, 30_000 - 20_000 + 15_000 - 4_000, false],
        ['2026', bri, 12_000 + 20_000 + 10_000, false],
      ]),
    );
    const oldMonths = await old.accountMonths.toArray();
    expect(oldMonths.length).toBeGreaterThan(0);
    old.close();

    const opened = await openLumbungDb(name);
    if (!opened.ok) throw opened.error;
    const db = opened.db;
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.accountMonths.count()).toBe(0);
    const years = await db.accountYears.toArray();
    const bri2026 = years.find((y) => y.year === '2026' && y.accountId === bri);
    expect(bri2026?.months.map((m) => [m.month, m.amount, m.count])).toEqual([
      ['2026-03', 32_000, 2],
      ['2026-04', 10_000, 1],
    ]);
    expect(
      years
        .flatMap((y) => y.months.map((m) => ({ ...m, accountId: y.accountId })))
        .sort((a, b) => (`${a.month}${a.accountId}` < `${b.month}${b.accountId}` ? -1 : 1)),
    ).toEqual(
      oldMonths
        .map(({ month, amount, count, accountId }) => ({ month, amount, count, accountId }))
        .sort((a, b) => (`${a.month}${a.accountId}` < `${b.month}${b.accountId}` ? -1 : 1)),
    );
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    const after = await figures(db, t, '2026-04-10');
    expect(after).toEqual(before);
    // The expense dated ahead (June) is in this year's row and is not yet in the balance.
    expect(after.home.balances.find((b) => b.accountId === kas)?.balance).toBe(
      31_000 + 30_000 - 20_000 + 15_000,
    );

    // A save after the upgrade moves the same row's month, and nothing lands in `accountMonths`.
    unwrap(await addEntry(db, t.book.id, sale(t, { date: '2026-04-10', accountId: bri, amount: 5_000 })));
    const saved = await figures(db, t, '2026-04-10');
    expect(saved.home.balances.find((b) => b.accountId === bri)?.balance).toBe(47_000);
    expect(await db.accountMonths.count()).toBe(0);
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    await rebuildRollups(db, t.book.id);
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    expect(await figures(db, t, '2026-04-10')).toEqual(saved);
    db.close();
  });

  it('declares its versions in order, 16 last', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(SCHEMA_VERSIONS.at(-1)?.version).toBe(16);
  });
});
