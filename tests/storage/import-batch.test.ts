import { describe, expect, it } from 'vitest';
import { guessAccountType } from '../../src/domain/defaults';
import type { CategoryKind } from '../../src/domain/kinds';
import type { ImportBatch } from '../../src/storage';
import {
  checkRollups,
  entriesInRange,
  entryHistory,
  homeSummary,
  importBatch,
  listAccounts,
  listCategories,
  verifyBookChain,
} from '../../src/storage';
import { expectedFixture, readFixture } from '../support/fixture';
import { codes, dumpTables, freshDb, makeBook, unwrap } from '../support/storage/db';

const expected = expectedFixture();

/** Turns the fixture (plain CSV: no quoted fields) into a batch, as the CSV reader would. */
function fixtureBatch(known: { accounts: string[]; categories: string[] }): ImportBatch {
  const [, ...lines] = readFixture('warung-maria-2026h1.csv').trim().split(/\r?\n/);
  const batch: ImportBatch = {
    importId: 'maria-2026h1',
    newAccounts: [],
    newCategories: [],
    entries: [],
    transfers: [],
  };
  const seen = new Set([...known.accounts, ...known.categories].map((n) => n.toLowerCase()));
  const account = (name: string) => {
    if (!seen.has(name.toLowerCase())) batch.newAccounts.push({ name, type: guessAccountType(name) });
    seen.add(name.toLowerCase());
    return name;
  };
  for (const line of lines) {
    const [date = '', type, amountText, category = '', kind, accountName, toAccount = '', note = ''] =
      line.split(',');
    const amount = Number(amountText);
    const from = account(accountName || 'Kas');
    if (type === 'pindah') {
      batch.transfers.push({ date, amount, fromAccountName: from, toAccountName: account(toAccount), note });
      continue;
    }
    const direction = type === 'masuk' ? 'in' : 'out';
    if (!seen.has(category.toLowerCase())) {
      const fallback: CategoryKind = direction === 'in' ? 'pendapatan' : 'beban';
      batch.newCategories.push({ name: category, kind: (kind || fallback) as CategoryKind });
      seen.add(category.toLowerCase());
    }
    batch.entries.push({
      date,
      direction,
      amount,
      categoryName: category,
      accountName: from,
      note,
    });
  }
  return batch;
}

describe('importBatch', () => {
  it("imports Warung Maria's half year and shows the figures the statement expects", async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const known = {
      accounts: (await listAccounts(db, t.book.id)).map((a) => a.name),
      categories: (await listCategories(db, t.book.id)).map((c) => c.name),
    };
    const batch = fixtureBatch(known);
    const summary = unwrap(await importBatch(db, t.book.id, batch));
    expect(summary).toMatchObject({ entries: 2333, transfers: 7 });
    expect(summary.accounts.map((a) => [a.name, a.type])).toEqual([['QRIS', 'ewallet']]);

    const june = await homeSummary(db, t.book.id, '2026-06-30');
    const statement = expected.statements[0];
    const juneExpected = statement?.months[5];
    expect(june.month).toEqual({
      moneyIn: juneExpected?.cashIn,
      moneyOut: juneExpected?.cashOut,
      income: Number(juneExpected?.revenue) + Number(juneExpected?.otherIncome),
      costs:
        Number(juneExpected?.cogs) +
        Number(juneExpected?.operatingExpenses) +
        Number(juneExpected?.otherExpenses),
      netProfit: juneExpected?.netProfit,
    });
    expect(Object.fromEntries(june.balances.map((b) => [b.name, b.balance]))).toEqual(
      statement?.cashFlow.accounts,
    );
    expect(june.total).toBe(statement?.cashFlow.closingBalance);

    const imported = await entriesInRange(db, t.book.id, '2026-01-01', '2026-01-01');
    expect(imported[0]).toMatchObject({ source: 'import', importId: 'maria-2026h1' });
    expect(await entryHistory(db, imported[0]?.id ?? '')).toHaveLength(1);
    expect(await db.revisions.count()).toBe(2340);
    expect(await verifyBookChain(db, t.book.id)).toEqual([]);
    expect(await checkRollups(db, t.book.id)).toEqual([]);

    expect(codes(await importBatch(db, t.book.id, { ...batch, newAccounts: [], newCategories: [] }))).toEqual(
      ['import.duplicate'],
    );
  });

  it('refuses a batch with any invalid row, listing every problem, and writes nothing', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const before = await dumpTables(db);
    const good = {
      date: '2026-01-02',
      direction: 'in' as const,
      amount: 5_000,
      categoryName: 'Penjualan',
      accountName: 'Kas',
      note: '',
      counterparty: '',
    };
    const result = await importBatch(db, t.book.id, {
      importId: 'bad',
      newAccounts: [{ name: 'bri', type: 'bank' }],
      newCategories: [{ name: 'Ongkir', kind: 'beban' }],
      entries: [
        good,
        { ...good, amount: 0 },
        { ...good, categoryName: 'Tidak ada' },
        { ...good, direction: 'out', categoryName: 'ongkir', date: '2026-13-01', line: 5 },
      ],
      transfers: [
        { date: '2026-01-02', amount: 5, fromAccountName: 'Kas', toAccountName: 'Dompet', note: '' },
      ],
    });
    expect(result.ok ? [] : result.errors).toEqual([
      { code: 'account.duplicateName', params: { name: 'BRI', list: 'newAccounts', row: 0 } },
      { code: 'money.zero', params: { list: 'entries', row: 1 } },
      { code: 'entry.categoryMissing', params: { name: 'Tidak ada', list: 'entries', row: 2 } },
      { code: 'date.invalid', params: { list: 'entries', row: 3, line: 5 } },
      { code: 'transfer.accountMissing', params: { side: 'to', name: 'Dompet', list: 'transfers', row: 0 } },
    ]);
    expect(await dumpTables(db)).toEqual(before);
  });

  it('merges rows of one day, category and account into one daily total on top of what is there', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const row = {
      date: '2026-01-02',
      direction: 'in' as const,
      categoryName: 'PENJUALAN',
      accountName: 'kas',
      note: '',
      counterparty: '',
    };
    unwrap(
      await importBatch(db, t.book.id, {
        importId: 'a',
        newAccounts: [],
        newCategories: [],
        entries: [{ ...row, amount: 1_000 }],
        transfers: [],
      }),
    );
    const entries = [2_000, 3_000, 4_000].map((amount) => ({ ...row, amount }));
    unwrap(
      await importBatch(db, t.book.id, {
        importId: 'b',
        newAccounts: [],
        newCategories: [],
        entries,
        transfers: [],
      }),
    );
    expect((await db.dailyTotals.toArray()).map((r) => [r.date, r.kind, r.amount, r.count])).toEqual([
      ['2026-01-02', 'pendapatan', 10_000, 4],
    ]);
    expect(await verifyBookChain(db, t.book.id)).toEqual([]);
  });
});
