import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/domain/reports/report';
import { csvErrorText } from '../../src/features/data/import-problems';
import { makeI18n } from '../../src/i18n/I18nProvider';
import { loadMessages } from '../../src/i18n/translate';
import {
  checkCreditRollups,
  checkRollups,
  exportPeriodCsv,
  periodOpening,
  positionAt,
  reportInput,
  type LumbungDb,
} from '../../src/storage';
import { readFixture } from '../support/fixture';
import { creditFigures } from '../support/storage/credit-figures';
import { importText } from '../support/storage/import-text';
import { dumpTables, freshDb, makeBook, unwrap } from '../support/storage/db';

/** A fresh book holding the grocery shop's three months (March–May 2026) imported from its CSV. */
async function shopBook() {
  const db = freshDb();
  const { book } = await makeBook(db);
  const imported = await importText(db, book.id, readFixture('sembako-harun-2026q2.csv'));
  if (!imported.ok || !('written' in imported)) expect.fail(JSON.stringify(imported));
  unwrap(imported.written);
  return { db, bookId: book.id };
}

/** The period's file imported into a book of its own. */
async function importedAlone(text: string) {
  const db = freshDb();
  const { book } = await makeBook(db);
  const imported = await importText(db, book.id, text);
  if (!imported.ok || !('written' in imported)) expect.fail(JSON.stringify(imported));
  unwrap(imported.written);
  return { db, bookId: book.id };
}

/** Each month's row of a period's report, as the reports screen lists them. */
async function months(db: LumbungDb, bookId: string, from: string, to: string) {
  return buildReport({ from, to, ...(await reportInput(db, bookId, from, to)) }).months;
}

describe('the CSV export of a period whose settlements pay debts from before it', () => {
  it('carries what the period needs of the book before it, and imports on its own to the same figures', async () => {
    const shop = await shopBook();
    const made = await exportPeriodCsv(shop.db, shop.bookId, '2026-04-01', '2026-05-31');
    if (!made) expect.fail('nothing exported');
    const lines = made.text.slice(1).trimEnd().split('\r\n');
    // 17 entries, 6 settlements and 2 counts of the period; an opening stock, six items still owed
    // and the two accounts' cash of 31 March.
    expect(made.rows).toBe(25 + 9);
    expect(lines).toHaveLength(1 + made.rows);
    expect(lines.slice(1, 10)).toEqual([
      '2026-03-01,stok_awal,5200000,,,,,,,,',
      '2026-03-01,utang_awal,500000,,,,,,UD Sumber Beras,,2026-03-10',
      '2026-03-01,utang_awal,350000,,,,,,Agen Gula Pak Ali,,2026-03-01',
      '2026-03-01,piutang_awal,200000,,,,,,Bu Sari,,2026-03-02',
      '2026-03-02,utang_awal,2000000,,,,,,UD Sumber Beras,,2026-03-31',
      '2026-03-05,utang_awal,1200000,,,,,,CV Minyak Sejahtera,,2026-04-05',
      '2026-03-12,piutang_awal,800000,,,,,,Warung Ani,,2026-03-26',
      '2026-03-31,masuk,3200000,Setoran modal,modal,Kas,,,,,',
      '2026-03-31,masuk,2900000,Setoran modal,modal,BRI,,,,,',
    ]);

    const alone = await importedAlone(made.text);
    expect(await checkRollups(alone.db, alone.bookId)).toEqual([]);
    expect(await checkCreditRollups(alone.db, alone.bookId)).toEqual([]);
    for (const [from, to] of [
      ['2026-04-01', '2026-05-31'],
      ['2026-04-01', '2026-04-30'],
      ['2026-05-01', '2026-05-31'],
    ] as const) {
      const want = await creditFigures(shop.db, shop.bookId, from, to);
      const got = await creditFigures(alone.db, alone.bookId, from, to);
      expect(got.profitAndLoss).toEqual(want.profitAndLoss);
      expect(got.inventory).toEqual(want.inventory);
      expect(got.cash).toEqual(want.cash);
      expect(got.receivables).toEqual(want.receivables);
      expect(got.payables).toEqual(want.payables);
      expect(await months(alone.db, alone.bookId, from, to)).toEqual(
        await months(shop.db, shop.bookId, from, to),
      );
      // What the book held before the period is carried as the owner's capital: cash, debts and
      // stock as they were; the scale bought in May and the loan's repayments are the period's own.
      for (const p of [got.opening, got.closing]) {
        const original = p === got.opening ? want.opening : want.closing;
        expect([p.cash, p.receivables, p.inventory, p.payables]).toEqual([
          original.cash,
          original.receivables,
          original.inventory,
          original.payables,
        ]);
        expect(p.totalAssets).toBe(p.totalLiabilities + p.totalEquity);
      }
      expect(got.closing.retainedEarnings - got.opening.retainedEarnings).toBe(
        want.closing.retainedEarnings - want.opening.retainedEarnings,
      );
    }
    expect(await positionAt(alone.db, alone.bookId, '2026-03-31')).toMatchObject({
      fixedAssets: 0,
      loans: 0,
      retainedEarnings: 0,
      paidInCapital: 6100000 + 1000000 + 5200000 - 4050000,
    });
  });

  it('refuses the period file, whole, in the book it came from: its opening stock must come first', async () => {
    const shop = await shopBook();
    const made = await exportPeriodCsv(shop.db, shop.bookId, '2026-04-01', '2026-05-31');
    if (!made) expect.fail('nothing exported');
    const before = await dumpTables(shop.db);
    const again = await importText(shop.db, shop.bookId, made.text);
    if (again.ok) expect.fail('the file was imported a second time');
    await loadMessages('data');
    const i18n = makeI18n('id');
    expect(again.errors.map((e) => csvErrorText(e, i18n))).toContain(
      'Baris 2, kolom jenis: Stok awal hanya boleh satu per buku.',
    );
    expect(await dumpTables(shop.db)).toEqual(before);
  });

  it('carries nothing for a period from the first day of the book', async () => {
    const shop = await shopBook();
    expect(await periodOpening(shop.db, shop.bookId, '2026-03-01')).toBeUndefined();
    const made = await exportPeriodCsv(shop.db, shop.bookId, '2026-03-01', '2026-05-31');
    expect(made?.rows).toBe(47);
    const alone = await importedAlone(made?.text ?? '');
    for (const [from, to] of [
      ['2026-03-01', '2026-03-31'],
      ['2026-04-01', '2026-05-31'],
    ] as const)
      expect(await creditFigures(alone.db, alone.bookId, from, to)).toEqual(
        await creditFigures(shop.db, shop.bookId, from, to),
      );
  });
});
