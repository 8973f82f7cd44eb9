import { describe, expect, it } from 'vitest';
import type { EntryFields } from '../../src/domain/model';
import {
  buildStatement,
  generateSigningKeyPair,
  signerFromKeyPair,
  verifyStatement,
} from '../../src/domain/statement';
import { makeStatementFiles } from '../../src/features/statement/make-statement-files';
import { statementLabels } from '../../src/i18n/statement-labels';
import { addEntry, addTransfer, editEntry, listAccounts, listCategories, voidEntry } from '../../src/storage';
import { statementRows } from '../../src/storage/statement-rows';
import { deposit, expense, freshDb, makeBook, sale, unwrap } from '../support/storage/db';

const NOW = new Date('2026-05-03T02:00:00.000Z');

describe('making a statement from the stored book', () => {
  it('reads the period’s rows and the rollups before it, and gives the figures of the whole book', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const id = t.book.id;
    const add = async (fields: EntryFields, at: string) =>
      unwrap(await addEntry(db, id, fields, { now: new Date(at) }));
    await add(sale(t, { date: '2025-12-20', amount: 900_000 }), '2025-12-20T10:00:00Z');
    await add(expense(t, { date: '2026-01-05', amount: 150_000 }), '2026-01-05T10:00:00Z');
    const late = await add(sale(t, { date: '2026-02-10', amount: 1_250_000 }), '2026-02-10T10:00:00Z');
    await add(sale(t, { date: '2026-03-14', amount: 2_000_000 }), '2026-03-20T10:00:00Z');
    await add(
      expense(t, { date: '2026-03-15', amount: 300_000, categoryId: t.category('Prive').id }),
      '2026-03-15T10:00:00Z',
    );
    const wrong = await add(expense(t, { date: '2026-04-01', amount: 99_000 }), '2026-04-01T10:00:00Z');
    unwrap(await voidEntry(db, wrong.id, 'salah'));
    unwrap(
      await editEntry(db, late.id, { ...sale(t, { date: '2026-02-10', amount: 1_300_000 }) }, 'salah ketik'),
    );
    unwrap(
      await addTransfer(db, id, deposit(t, { date: '2026-01-31', amount: 400_000 }), {
        now: new Date('2026-01-31T10:00:00Z'),
      }),
    );
    unwrap(
      await addTransfer(db, id, deposit(t, { date: '2026-03-31', amount: 100_000 }), {
        now: new Date('2026-03-31T10:00:00Z'),
      }),
    );

    const period = { from: '2026-02-01', to: '2026-04-30' };
    const rows = await statementRows(db, id, period);
    expect(rows?.entries.map((e) => e.date).every((d) => d >= period.from && d <= period.to)).toBe(true);
    expect(rows?.before.totals.every((r) => r.date < period.from)).toBe(true);

    const signer = await signerFromKeyPair(await generateSigningKeyPair());
    const made = unwrap(
      await makeStatementFiles(db, id, { ...period, signer, now: NOW, householdCosts: 500_000 }),
    );
    const whole = unwrap(
      buildStatement({
        book: t.book,
        period,
        entries: await db.entries.toArray(),
        transfers: await db.transfers.toArray(),
        categories: await listCategories(db, id),
        accounts: await listAccounts(db, id),
        now: NOW,
        appVersion: made.statement.appVersion,
        id: made.statement.id,
        householdCosts: 500_000,
      }),
    );
    expect(made.statement).toEqual(whole);
    expect(made.statement.cashFlow.openingBalance).toBe(900_000 - 150_000);
    expect(made.statement.discipline.corrections).toBe(2);
    expect(made.names).toEqual({
      json: 'laporan-warung-maria-2026-02-2026-04.json',
      pdf: 'laporan-warung-maria-2026-02-2026-04.pdf',
      xlsx: 'laporan-warung-maria-2026-02-2026-04.xlsx',
    });

    for (const bytes of [made.json, made.pdf]) {
      const checked = await verifyStatement(bytes, { labels: statementLabels('id') });
      expect(checked).toMatchObject({ verdict: 'genuine', fingerprint: made.fingerprint, problems: [] });
    }

    // A later period carries its history in through account years (2025) and months (January,
    // February) rather than daily rows: the opening balance is still the whole book's.
    const later = { from: '2026-03-01', to: '2026-04-30' };
    const laterRows = await statementRows(db, id, later);
    expect(laterRows?.before.totals.every((r) => r.date >= '2026-02-01' && r.date < later.from)).toBe(true);
    const laterMade = unwrap(await makeStatementFiles(db, id, { ...later, signer, now: NOW }));
    expect(laterMade.statement.cashFlow.openingBalance).toBe(900_000 - 150_000 + 1_300_000);
    expect(laterMade.statement).toEqual(
      unwrap(
        buildStatement({
          book: t.book,
          period: later,
          entries: await db.entries.toArray(),
          transfers: await db.transfers.toArray(),
          categories: await listCategories(db, id),
          accounts: await listAccounts(db, id),
          now: NOW,
          appVersion: laterMade.statement.appVersion,
          id: laterMade.statement.id,
        }),
      ),
    );
  });

  it('leaves the spreadsheet out when asked, and refuses a book that is not there', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    unwrap(await addEntry(db, t.book.id, sale(t, { date: '2026-03-02' })));
    const signer = await signerFromKeyPair(await generateSigningKeyPair());
    const made = unwrap(
      await makeStatementFiles(db, t.book.id, { from: '2026-03-01', to: '2026-03-31', signer, xlsx: false }),
    );
    expect(made.xlsx).toBeNull();
    const missing = await makeStatementFiles(db, 'no-such-book', {
      from: '2026-03-01',
      to: '2026-03-31',
      signer,
    });
    expect(missing.ok ? [] : missing.errors).toEqual([{ code: 'book.notFound' }]);
  });
});
