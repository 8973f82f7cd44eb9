import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addEntryChange, editEntryChange, newEntry, voidEntryChange } from '../../src/domain/changes/entry';
import { importChange } from '../../src/domain/changes/import';
import { addTransferChange, newTransfer } from '../../src/domain/changes/transfer';
import type { Account, Book, Category, EntryFields } from '../../src/domain/model';

const at = '2026-03-02T03:00:00.000Z';
const book = { id: 'b1', name: 'Warung Maria' } as Book;
const penjualan: Category = {
  id: 'c1',
  bookId: 'b1',
  name: 'Penjualan',
  kind: 'pendapatan',
  hidden: false,
  createdAt: at,
};
const kas: Account = { id: 'a1', bookId: 'b1', name: 'Kas', type: 'cash', hidden: false, createdAt: at };
const bri: Account = { ...kas, id: 'a2', name: 'BRI', type: 'bank' };
const fields: EntryFields = {
  date: '2026-03-02',
  direction: 'in',
  amount: 25_000,
  categoryId: 'c1',
  accountId: 'a1',
  note: '  nasi bungkus ',
  counterparty: '',
};
const sale = newEntry('b1', fields, { id: 'e1', at, source: 'app' });

describe('the changes verbs compute', () => {
  it('records a sale as the entry, its first revision and its daily total, checked against the kind', () => {
    const planned = addEntryChange(sale, { book, category: penjualan, account: kas });
    if (!planned.ok) expect.fail(JSON.stringify(planned.errors));
    const { change } = planned.value;
    expect(change?.add?.entries).toEqual([{ ...sale, note: 'nasi bungkus' }]);
    expect(change?.drafts).toMatchObject([
      { subjectId: 'e1', action: 'create', at, snapshot: { amount: 25_000 } },
    ]);
    expect(change?.daily).toEqual([
      {
        bookId: 'b1',
        date: '2026-03-02',
        categoryId: 'c1',
        accountId: 'a1',
        kind: 'pendapatan',
        amount: 25_000,
        count: 1,
      },
    ]);
    expect(change?.expects).toEqual([{ what: 'kind', categoryId: 'c1', kind: 'pendapatan' }]);
  });

  it('refuses a sale with no book, or a category of the other direction, and plans nothing', () => {
    const noBook = addEntryChange(sale, { book: undefined, category: penjualan, account: kas });
    expect(noBook).toEqual({ ok: false, errors: [{ code: 'book.notFound' }] });
    const cost = { ...penjualan, kind: 'beban' as const };
    const wrong = addEntryChange(sale, { book, category: cost, account: kas });
    expect(wrong.ok ? [] : wrong.errors.map((e) => e.code)).toEqual(['entry.kindDirection']);
  });

  it('moves an edited entry’s total from its old day to its new one, and writes nothing for no change', () => {
    const basis = { storedKind: 'pendapatan' as const, category: penjualan, account: kas };
    const moved = editEntryChange(sale, { ...fields, date: '2026-03-05' }, basis, at, ' salah tanggal ');
    if (!moved.ok) expect.fail(JSON.stringify(moved.errors));
    expect(moved.value.change?.daily?.map((d) => [d.date, d.amount, d.count])).toEqual([
      ['2026-03-02', -25_000, -1],
      ['2026-03-05', 25_000, 1],
    ]);
    expect(moved.value.change?.drafts?.[0]).toMatchObject({ action: 'edit', reason: 'salah tanggal' });
    const same = editEntryChange(sale, fields, basis, at);
    expect(same).toEqual({ ok: true, value: { change: null, value: sale } });
  });

  it('takes a voided entry out of its total and keeps it, with the reason, in the book', () => {
    const voided = voidEntryChange(sale, 'pendapatan', at, 'dobel');
    if (!voided.ok) expect.fail(JSON.stringify(voided.errors));
    expect(voided.value.value).toMatchObject({ voided: true, voidReason: 'dobel' });
    expect(voided.value.change?.daily).toMatchObject([{ amount: -25_000, count: -1 }]);
    const again = voidEntryChange(voided.value.value, 'pendapatan', at, 'dobel');
    expect(again.ok ? [] : again.errors.map((e) => e.code)).toEqual(['entry.alreadyVoided']);
  });

  it('moves money between two accounts without touching any category total', () => {
    const transfer = newTransfer(
      'b1',
      { date: '2026-03-02', amount: 400_000, fromAccountId: 'a1', toAccountId: 'a2', note: '' },
      { id: 't1', at, source: 'app' },
    );
    const planned = addTransferChange(transfer, { book, fromAccount: kas, toAccount: bri });
    if (!planned.ok) expect.fail(JSON.stringify(planned.errors));
    expect(planned.value.change?.daily).toBeUndefined();
    expect(planned.value.change?.dailyTransfers).toMatchObject([
      { fromAccountId: 'a1', toAccountId: 'a2', amount: 400_000 },
    ]);
  });

  it('imports as one change that holds only while the book’s accounts and categories are as resolved', () => {
    let n = 0;
    const { change, entries } = importChange(
      { newAccounts: [], newCategories: [], entries: [fields, { ...fields, amount: 5_000 }], transfers: [] },
      {
        bookId: 'b1',
        importId: 'i1',
        at,
        accounts: [kas],
        categories: [penjualan],
        newId: () => `id${++n}`,
        file: { hash: 'h', fileName: 'a.csv', rows: 2 },
      },
    );
    expect(entries.map((e) => [e.id, e.source, e.importId])).toEqual([
      ['id1', 'import', 'i1'],
      ['id2', 'import', 'i1'],
    ]);
    expect(change.daily).toMatchObject([{ amount: 30_000, count: 2 }]);
    expect(change.add?.imports).toMatchObject([
      { importId: 'i1', counts: { rows: 2, entries: 2, transfers: 0 } },
    ]);
    expect(change.expects?.map((e) => e.what)).toEqual(['rows', 'rows']);
  });
});

/** Every source file below a folder. */
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

describe('the one write pipeline', () => {
  it('is the only code that writes revisions', () => {
    // Through a table (`db.revisions.bulkAdd(…)`) or straight to its core (`coreAdd(db.revisions, …)`).
    const writers = sources('src').filter((path) =>
      /revisions\s*\.\s*(add|bulkAdd|put|bulkPut|update|delete|bulkDelete)\s*\(|core(Add|Put|Delete)\s*\(\s*[\w.]*revisions\b/.test(
        readFileSync(path, 'utf8'),
      ),
    );
    expect(writers).toEqual([join('src', 'storage', 'commit.ts')]);
  });
});
