import { describe, expect, it } from 'vitest';
import {
  addTransfer,
  checkRollups,
  editTransfer,
  entryHistory,
  getTransfer,
  transferTotalsInRange,
  transfersInRange,
  voidTransfer,
  addAccount,
} from '../../src/storage';
import type { TransferFields } from '../../src/domain/model';
import { codes, deposit, dumpTables, freshDb, makeBook, unwrap, type TestBook } from '../support/storage/db';

describe('transfers', () => {
  it('stores a transfer with its revision and daily total', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const transfer = unwrap(await addTransfer(db, t.book.id, deposit(t)));
    expect(await getTransfer(db, transfer.id)).toMatchObject({ ...deposit(t), source: 'app', voided: false });
    expect(await transferTotalsInRange(db, t.book.id, '2026-03-01', '2026-03-31')).toEqual([
      {
        bookId: t.book.id,
        date: '2026-03-02',
        fromAccountId: t.kas.id,
        toAccountId: t.account('BRI').id,
        amount: 100_000,
        count: 1,
      },
    ]);
    expect((await entryHistory(db, transfer.id)).map((r) => r.action)).toEqual(['create']);
  });

  const refusals: [string, (t: TestBook) => Partial<TransferFields>, string[]][] = [
    ['to the same account', (t) => ({ toAccountId: t.kas.id }), ['transfer.sameAccount']],
    ['to an unknown account', () => ({ toAccountId: 'nope' }), ['transfer.accountMissing']],
    ['of nothing', () => ({ amount: 0 }), ['money.zero']],
    ['on a date not written YYYY-MM-DD', () => ({ date: '02/03/2026' }), ['date.invalid']],
    ['with a note too long', () => ({ note: 'x'.repeat(501) }), ['transfer.noteTooLong']],
  ];
  it.each(refusals)('refuses a transfer %s and writes nothing', async (_, overrides, expected) => {
    const db = freshDb();
    const t = await makeBook(db);
    const before = await dumpTables(db);
    expect(codes(await addTransfer(db, t.book.id, deposit(t, overrides(t))))).toEqual(expected);
    expect(await dumpTables(db)).toEqual(before);
  });

  it('edits a transfer to other accounts and days, keeping the totals exact', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const qris = unwrap(await addAccount(db, t.book.id, { name: 'QRIS', type: 'ewallet' }));
    const transfer = unwrap(await addTransfer(db, t.book.id, deposit(t)));
    unwrap(await addTransfer(db, t.book.id, deposit(t, { amount: 50_000 })));
    const moved = { date: '2026-03-04', fromAccountId: qris.id, toAccountId: t.kas.id, amount: 70_000 };
    const edited = unwrap(await editTransfer(db, transfer.id, deposit(t, moved), 'salah akun'));
    expect(edited).toMatchObject(moved);
    const totals = await transferTotalsInRange(db, t.book.id, '2026-03-01', '2026-03-31');
    expect(totals.map((r) => [r.date, r.fromAccountId, r.toAccountId, r.amount, r.count])).toEqual([
      ['2026-03-02', t.kas.id, t.account('BRI').id, 50_000, 1],
      ['2026-03-04', qris.id, t.kas.id, 70_000, 1],
    ]);
    expect(
      codes(
        await editTransfer(db, transfer.id, deposit(t, { fromAccountId: t.kas.id, toAccountId: t.kas.id })),
      ),
    ).toEqual(['transfer.sameAccount']);
    expect(await checkRollups(db, t.book.id)).toEqual([]);
  });

  it('voids a transfer once; it then moves nothing and cannot be edited', async () => {
    const db = freshDb();
    const t = await makeBook(db);
    const transfer = unwrap(await addTransfer(db, t.book.id, deposit(t)));
    const voided = unwrap(await voidTransfer(db, transfer.id, 'batal setor'));
    expect(voided).toMatchObject({ voided: true, voidReason: 'batal setor' });
    expect(voided.updatedAt >= transfer.updatedAt).toBe(true);
    expect(await transferTotalsInRange(db, t.book.id, '2026-03-01', '2026-03-31')).toEqual([]);
    expect(await transfersInRange(db, t.book.id, '2026-03-01', '2026-03-31')).toEqual([]);
    expect(
      await transfersInRange(db, t.book.id, '2026-03-01', '2026-03-31', { includeVoided: true }),
    ).toEqual([voided]);
    expect(codes(await voidTransfer(db, transfer.id, 'lagi'))).toEqual(['transfer.alreadyVoided']);
    expect(codes(await editTransfer(db, transfer.id, deposit(t, { amount: 1 })))).toEqual([
      'transfer.voided',
    ]);
    expect(codes(await voidTransfer(db, 'nope', 'x'))).toEqual(['transfer.notFound']);
    expect((await entryHistory(db, transfer.id)).map((r) => [r.action, r.snapshot.voided])).toEqual([
      ['create', false],
      ['void', true],
    ]);
  });
});
