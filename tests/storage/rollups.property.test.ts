import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directionOf } from '../../src/domain/kinds';
import { rollUp } from '../../src/domain/daily-rollups';
import type { Id } from '../../src/domain/model';
import { unpackAccountMonths } from '../../src/domain/reports/account-years';
import { EVERY_MONTH, unpackMonths } from '../../src/domain/reports/year-rollups';
import {
  accountMonthKey,
  accountYearKey,
  buildReport,
  derivedRollups,
  monthlyTotalKey,
  monthlyTransferTotalKey,
} from '../../src/domain/reports';
import {
  addAccount,
  addEntry,
  addTransfer,
  checkRollups,
  editEntry,
  editTransfer,
  homeSummary,
  listAccounts,
  listCategories,
  LumbungDb,
  reportRows,
  verifyBookChain,
  voidEntry,
  voidTransfer,
} from '../../src/storage';
import { freshDb, makeBook, type TestBook } from '../support/storage/db';

const DATES = [
  '2025-12-31',
  '2026-02-28',
  '2026-03-01',
  '2026-03-02',
  '2026-03-15',
  '2026-03-31',
  '2026-04-01',
  '2026-05-20',
];
const CATEGORIES = [
  'Penjualan',
  'Pendapatan lain',
  'Belanja stok/bahan',
  'Listrik',
  'Setoran modal',
  'Prive',
  'Beli peralatan',
];

const amount = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: 1, max: 5_000_000 }) },
  { weight: 1, arbitrary: fc.constant(0) },
);
const entryFields = fc.record({
  date: fc.constantFrom(...DATES),
  category: fc.nat(CATEGORIES.length - 1),
  account: fc.nat(2),
  amount,
  /** Now and then the wrong direction for the category: the verb must refuse it and change nothing. */
  flip: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});
const transferFields = fc.record({ date: fc.constantFrom(...DATES), from: fc.nat(2), to: fc.nat(2), amount });
const target = fc.nat(40);

const command = fc.oneof(
  fc.record({ verb: fc.constant('addEntry' as const), fields: entryFields }),
  fc.record({ verb: fc.constant('editEntry' as const), target, fields: entryFields }),
  fc.record({ verb: fc.constant('voidEntry' as const), target }),
  fc.record({ verb: fc.constant('addTransfer' as const), fields: transferFields }),
  fc.record({ verb: fc.constant('editTransfer' as const), target, fields: transferFields }),
  fc.record({ verb: fc.constant('voidTransfer' as const), target }),
);

/** A report period among the dates the writes use, cutting months or not. */
const period = fc
  .tuple(fc.constantFrom(...DATES, '2026-01-01', '2026-04-30'), fc.constantFrom(...DATES, '2026-06-30'))
  .filter(([from, to]) => from <= to);

type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;
type EntryDraft = typeof entryFields extends fc.Arbitrary<infer F> ? F : never;
type TransferDraft = typeof transferFields extends fc.Arbitrary<infer F> ? F : never;

/**
 * Replays the commands through the verbs, each in one of two tabs (two connections to the same
 * database, as two open tabs are); targets pick among the entries and transfers made so far.
 */
async function run(tabs: LumbungDb[], t: TestBook, accounts: Id[], commands: [Command, number][]) {
  const entries: Id[] = [];
  const transfers: Id[] = [];
  const pick = (ids: Id[], i: number) => ids[i % Math.max(ids.length, 1)] ?? 'missing';
  const toEntry = (f: EntryDraft) => {
    const category = t.category(CATEGORIES[f.category] ?? 'Penjualan');
    const direction = directionOf(category.kind);
    return {
      date: f.date,
      direction: f.flip ? (direction === 'in' ? ('out' as const) : ('in' as const)) : direction,
      amount: f.amount,
      categoryId: category.id,
      accountId: pick(accounts, f.account),
      note: '',
      counterparty: '',
    };
  };
  const toTransfer = (f: TransferDraft) => ({
    date: f.date,
    amount: f.amount,
    fromAccountId: pick(accounts, f.from),
    toAccountId: pick(accounts, f.to),
    note: '',
  });
  for (const [c, tab] of commands) {
    const db = tabs[tab] ?? (tabs[0] as LumbungDb);
    if (c.verb === 'addEntry') {
      const r = await addEntry(db, t.book.id, toEntry(c.fields));
      if (r.ok) entries.push(r.value.id);
    } else if (c.verb === 'editEntry') await editEntry(db, pick(entries, c.target), toEntry(c.fields));
    else if (c.verb === 'voidEntry') await voidEntry(db, pick(entries, c.target), 'batal');
    else if (c.verb === 'addTransfer') {
      const r = await addTransfer(db, t.book.id, toTransfer(c.fields));
      if (r.ok) transfers.push(r.value.id);
    } else if (c.verb === 'editTransfer')
      await editTransfer(db, pick(transfers, c.target), toTransfer(c.fields));
    else await voidTransfer(db, pick(transfers, c.target), 'batal');
  }
}

describe('rollups under any sequence of writes', () => {
  it('stay equal to rollUp() of the stored entries (daily, monthly, per account), written from two tabs, and balances and reports follow', async () => {
    const inTabs = fc.array(fc.tuple(command, fc.nat(1)), { maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(inTabs, period, async (commands, [from, to]) => {
        const db = freshDb();
        const otherTab = new LumbungDb(db.name);
        const t = await makeBook(db);
        const qris = await addAccount(db, t.book.id, { name: 'QRIS', type: 'ewallet' });
        if (!qris.ok) throw new Error('no QRIS');
        const accounts = (await listAccounts(db, t.book.id)).map((a) => a.id);
        await run([db, otherTab], t, accounts, commands);

        expect(await checkRollups(db, t.book.id)).toEqual([]);
        expect(await verifyBookChain(db, t.book.id)).toEqual([]);

        // The monthly and per-account rollups are what the entries add up to, recomputed here.
        const categories = await listCategories(db, t.book.id);
        const kinds = new Map(categories.map((c) => [c.id, c.kind]));
        const rolled = rollUp(
          await db.entries.toArray(),
          await db.transfers.toArray(),
          (id) => kinds.get(id) ?? 'pendapatan',
        );
        const sorted = <T>(rows: T[], key: (r: T) => string) =>
          [...rows].sort((a, b) => key(a).localeCompare(key(b)));
        const derived = derivedRollups(rolled.daily, rolled.transfers);
        // An entry's months are kept in its year row alone (schema 11): none in monthlyTotals.
        const months = unpackMonths(await db.yearTotals.toArray(), EVERY_MONTH).monthly;
        expect(sorted(months, monthlyTotalKey)).toEqual(sorted(derived.monthly, monthlyTotalKey));
        expect(await db.monthlyTotals.count()).toBe(0);
        expect(sorted(await db.monthlyTransferTotals.toArray(), monthlyTransferTotalKey)).toEqual(
          sorted(derived.monthlyTransfers, monthlyTransferTotalKey),
        );
        // An account's months are kept in its year row alone (schema 16): none in accountMonths.
        const accountMonths = unpackAccountMonths(await db.accountYears.toArray());
        expect(sorted(accountMonths, accountMonthKey)).toEqual(
          sorted(derived.accountMonths, accountMonthKey),
        );
        expect(await db.accountMonths.count()).toBe(0);
        expect(sorted(await db.accountYears.toArray(), accountYearKey)).toEqual(
          sorted(derived.accountYears, accountYearKey),
        );

        // A report read the bounded way equals the one built from every entry's daily rollup.
        const refs = { categories, accounts: await listAccounts(db, t.book.id) };
        const bounded = buildReport({ from, to, ...(await reportRows(db, t.book.id, from, to)), ...refs });
        const upTo = <R extends { date: string }>(rows: R[]) => rows.filter((r) => r.date <= to);
        const reference = buildReport({
          from,
          to,
          totals: upTo(rolled.daily),
          transfers: upTo(rolled.transfers),
          ...refs,
        });
        expect(bounded).toEqual(reference);

        const balance = new Map<Id, number>(accounts.map((id) => [id, 0]));
        const add = (id: Id, n: number) => balance.set(id, (balance.get(id) ?? 0) + n);
        for (const e of await db.entries.toArray()) {
          if (!e.voided && e.date <= '2026-03-31')
            add(e.accountId, e.direction === 'in' ? e.amount : -e.amount);
        }
        for (const x of await db.transfers.toArray()) {
          if (!x.voided && x.date <= '2026-03-31') {
            add(x.fromAccountId, -x.amount);
            add(x.toAccountId, x.amount);
          }
        }
        const summary = await homeSummary(db, t.book.id, '2026-03-31');
        expect(Object.fromEntries(summary.balances.map((b) => [b.accountId, b.balance]))).toEqual(
          Object.fromEntries(balance),
        );
        otherTab.close();
        db.close();
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
