import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import type { Entry } from '../../src/domain/model';
import type { EntryFilter, ImportEntryRow, LumbungDb, PageCursor } from '../../src/storage';
import {
  addEntry,
  categoryInUse,
  categoryUsage,
  entriesInRange,
  entriesPage,
  getSetting,
  importBatch,
  setSetting,
  voidEntry,
} from '../../src/storage';
import { expense, freshDb, makeBook, sale, unwrap, type TestBook } from '../support/storage/db';

const newestFirst = (a: Entry, b: Entry) =>
  b.date.localeCompare(a.date) || b.recordedAt.localeCompare(a.recordedAt) || b.id.localeCompare(a.id);

/** Reads every page of the ledger, as "load more" would. */
async function readAllPages(db: LumbungDb, t: TestBook, filter: EntryFilter, limit: number) {
  const pages: Entry[][] = [];
  let before: PageCursor | undefined;
  for (;;) {
    const page = await entriesPage(db, t.book.id, filter, before ? { limit, before } : { limit });
    pages.push(page.entries);
    expect(page.hasMore).toBe(page.next !== null);
    if (!page.next) return pages;
    before = page.next;
  }
}

/** A book with 250 sales on one busy day, a few hundred more over other days, three typed in after the import. */
async function busyBook() {
  const db = freshDb();
  const t = await makeBook(db);
  const row = (date: string, amount: number, note: string): ImportEntryRow => ({
    date,
    direction: amount % 5 === 0 ? 'out' : 'in',
    amount,
    categoryName: amount % 5 === 0 ? 'Listrik' : 'Penjualan',
    accountName: amount % 3 === 0 ? 'BRI' : 'Kas',
    note,
    counterparty: amount % 7 === 0 ? 'Bu Ani' : '',
  });
  const entries = [
    ...Array.from({ length: 250 }, (_, i) => row('2026-03-10', 1_000 + i, `ramai ${i}`)),
    ...Array.from({ length: 300 }, (_, i) => row(addDays('2026-03-01', i % 20), 2_000 + i, `biasa ${i}`)),
  ];
  unwrap(
    await importBatch(db, t.book.id, {
      importId: 'busy',
      newAccounts: [],
      newCategories: [],
      entries,
      transfers: [],
    }),
  );
  for (const hour of [1, 2, 3]) {
    const now = new Date(Date.now() + hour * 3_600_000);
    unwrap(
      await addEntry(
        db,
        t.book.id,
        sale(t, { date: '2026-03-10', amount: 77_000 + hour, note: `jam ${hour}` }),
        { now },
      ),
    );
  }
  return { db, t };
}

describe('entriesPage', () => {
  it('pages through the whole ledger newest first, every entry once', async () => {
    const { db, t } = await busyBook();
    const all = (await db.entries.toArray()).sort(newestFirst);
    const pages = await readAllPages(db, t, {}, 37);
    expect(pages.flat().map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(pages.slice(0, -1).every((p) => p.length === 37)).toBe(true);
    const busiest = pages.flat().filter((e) => e.date === '2026-03-10');
    expect(busiest.slice(0, 3).map((e) => e.note)).toEqual(['jam 3', 'jam 2', 'jam 1']);
  });

  it('filters by dates, direction, category, account and text, and leaves voided entries out unless asked', async () => {
    const { db, t } = await busyBook();
    const all = (await db.entries.toArray()).sort(newestFirst);
    const voided = all.find((e) => e.note === 'biasa 7');
    unwrap(await voidEntry(db, voided?.id ?? '', 'salah'));
    const filters: [EntryFilter, (e: Entry) => boolean][] = [
      [{ from: '2026-03-05', to: '2026-03-10' }, (e) => e.date >= '2026-03-05' && e.date <= '2026-03-10'],
      [
        { direction: 'out', accountId: t.account('BRI').id },
        (e) => e.direction === 'out' && e.accountId === t.account('BRI').id,
      ],
      [
        { categoryId: t.category('Listrik').id, to: '2026-03-09' },
        (e) => e.categoryId === t.category('Listrik').id && e.date <= '2026-03-09',
      ],
      [{ search: 'bu ani' }, (e) => e.counterparty === 'Bu Ani'],
      [{ search: 'RAMAI 1' }, (e) => e.note.startsWith('ramai 1')],
      [{ search: '1.007' }, (e) => String(e.amount).includes('1007')],
    ];
    for (const [filter, keep] of filters) {
      const expected = all.filter((e) => e.id !== voided?.id && keep(e));
      expect((await readAllPages(db, t, filter, 50)).flat().map((e) => e.note)).toEqual(
        expected.map((e) => e.note),
      );
    }
    const withVoided = (await readAllPages(db, t, { includeVoided: true, search: 'biasa 7' }, 50)).flat();
    expect(withVoided.find((e) => e.note === 'biasa 7')?.voided).toBe(true);
    expect((await entriesInRange(db, t.book.id, '2026-03-01', '2026-03-31')).length).toBe(all.length - 1);
  });

  it('gives a short page and a cursor instead of reading a huge book for a filter that matches little', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const entries: ImportEntryRow[] = Array.from({ length: 6_000 }, (_, i) => ({
      date: addDays('2025-01-01', i % 400),
      direction: 'in',
      amount: 1_000 + i,
      categoryName: 'Penjualan',
      accountName: 'Kas',
      note: i === 0 ? 'yang dicari' : 'jual',
      counterparty: '',
    }));
    unwrap(
      await importBatch(db, t.book.id, {
        importId: 'big',
        newAccounts: [],
        newCategories: [],
        entries,
        transfers: [],
      }),
    );
    const first = await entriesPage(db, t.book.id, { search: 'dicari' }, { limit: 20 });
    expect(first.entries).toEqual([]);
    expect(first.hasMore).toBe(true);
    const pages = await readAllPages(db, t, { search: 'dicari' }, 20);
    expect(pages.flat().map((e) => e.note)).toEqual(['yang dicari']);
  });
});

describe('reads for pickers and settings', () => {
  it('counts how often each category is used, voided entries not counted', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    unwrap(await addEntry(db, t.book.id, sale(t)));
    unwrap(await addEntry(db, t.book.id, sale(t, { date: '2026-03-03' })));
    const light = unwrap(await addEntry(db, t.book.id, expense(t)));
    unwrap(await voidEntry(db, light.id, 'batal'));
    const usage = await categoryUsage(db, t.book.id);
    expect(Object.fromEntries(usage)).toEqual({ [t.category('Penjualan').id]: 2 });
    expect(await categoryInUse(db, t.category('Listrik').id)).toBe(true);
    expect(await categoryInUse(db, t.category('Sewa').id)).toBe(false);
  });

  it('stores and reads settings', async () => {
    const db = freshDb();
    expect(await getSetting(db, 'language')).toBeUndefined();
    await setSetting(db, 'language', 'en');
    await setSetting(db, 'language', 'id');
    await setSetting(db, 'ratio', { r: 0.6 });
    expect(await getSetting(db, 'language')).toBe('id');
    expect(await getSetting(db, 'ratio')).toEqual({ r: 0.6 });
  });
});
