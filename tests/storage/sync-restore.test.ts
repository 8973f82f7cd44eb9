import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatRecoveryCode, newRecoveryCode } from '../../src/domain/sync/recovery-code';
import {
  connectForRestore,
  restoreFromServer,
  type RestoreConnection,
} from '../../src/features/sync/restore-from-server';
import {
  addEntry,
  addTransfer,
  checkRollups,
  editEntry,
  getSyncLink,
  homeSummary,
  verifyBookChain,
  voidEntry,
  type LumbungDb,
} from '../../src/storage';
import { deposit, expense, freshDb, sale, unwrap, type TestBook } from '../support/storage/db';
import { becomeNewPhone, type SyncServer } from '../support/storage/sync-server';
import { syncedPhone } from '../support/storage/synced-phone';

let sync: SyncServer;
let phone: LumbungDb; // the lost phone
let t: TestBook;
let code: string; // the recovery code as the member wrote it down
let connection: RestoreConnection; // the new phone, enrolled

// PGlite's first start and Argon2id's 64 MiB take seconds on a loaded machine.
beforeAll(async () => {
  ({ sync, phone, t, code } = await syncedPhone('RESTORE-1', async (db, book) => {
    unwrap(await addEntry(db, book.book.id, sale(book)));
    const mistake = unwrap(await addEntry(db, book.book.id, expense(book, { amount: 8_000 })));
    unwrap(await editEntry(db, mistake.id, expense(book, { amount: 6_000 }), 'salah ketik'));
    const twice = unwrap(await addEntry(db, book.book.id, sale(book, { amount: 15_000 })));
    unwrap(await voidEntry(db, twice.id, 'tercatat dua kali'));
    unwrap(await addTransfer(db, book.book.id, deposit(book)));
  }));
  await becomeNewPhone();
  connection = unwrap(await connectForRestore(freshDb(), sync.url, await sync.issueCode('RESTORE-1')));
}, 300_000);
afterAll(() => sync.stop());

/** What a member would see of a book on a phone: rows, history and figures. */
async function bookAsSeen(db: LumbungDb) {
  return {
    books: await db.books.toArray(),
    accounts: await db.accounts.toArray(),
    categories: await db.categories.toArray(),
    entries: await db.entries.toArray(),
    transfers: await db.transfers.toArray(),
    revisions: await db.revisions.toArray(),
    home: await homeSummary(db, t.book.id, '2026-03-31'),
  };
}

/** Nothing of any book on the phone: no rows, no history, no link. */
async function expectNothingWritten(db: LumbungDb): Promise<void> {
  for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
}

const restore = (db: LumbungDb, typed: string) =>
  restoreFromServer(db, connection, t.book.id, typed, () => {});

describe('restoring a book from the server on a new phone', { timeout: 120_000 }, () => {
  it("lists the member's book and restores it whole: the same rows, history and figures, chain verified", async () => {
    expect(connection.books.map((b) => b.bookId)).toEqual([t.book.id]);
    const db = freshDb();
    const progress: number[] = [];
    unwrap(
      await restoreFromServer(db, connection, t.book.id, code.toLowerCase(), (done) => progress.push(done)),
    );
    expect(progress.at(-1)).toBe(6);
    expect(await bookAsSeen(db)).toEqual(await bookAsSeen(phone));
    expect(await verifyBookChain(db, t.book.id)).toEqual([]);
    expect(await checkRollups(db, t.book.id)).toEqual([]);
    expect((await getSyncLink(db, t.book.id))?.ackedSeq).toBe(6);
  });

  it('refuses a recovery code of another book and writes nothing', async () => {
    const db = freshDb();
    const wrong = await restore(db, formatRecoveryCode(newRecoveryCode()));
    expect(wrong.ok ? [] : wrong.errors.map((e) => e.code)).toEqual(['sync.recoveryCodeWrong']);
    await expectNothingWritten(db);
  });

  it('catches a mistyped symbol before anything is downloaded', async () => {
    const db = freshDb();
    const fetched = vi.spyOn(globalThis, 'fetch');
    const typo = (code[0] === '7' ? '8' : '7') + code.slice(1);
    const result = await restore(db, typo);
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['sync.recoveryCodeTypo']);
    expect(fetched).not.toHaveBeenCalled();
    fetched.mockRestore();
    await expectNothingWritten(db);
  });

  it('leaves nothing half-restored when the download is cut off', async () => {
    const db = freshDb();
    const real = globalThis.fetch;
    const cut = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation((input, init) =>
        String(input instanceof Request ? input.url : input).includes('/revisions?')
          ? Promise.reject(new TypeError('Failed to fetch'))
          : real(input, init),
      );
    const result = await restore(db, code);
    cut.mockRestore();
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['syncCall.offline']);
    await expectNothingWritten(db);
  });

  it('refuses a revision changed on the server and writes nothing', async () => {
    const [row] = await sync.server.db.query<{ ciphertext: Buffer }>(
      'SELECT ciphertext FROM revisions WHERE book_id = $1 AND seq = 2',
      [t.book.id],
    );
    if (!row) throw new Error('seq 2 is not on the server');
    const changed = Buffer.from(row.ciphertext);
    changed[changed.length - 1] = (changed.at(-1) ?? 0) ^ 1;
    await sync.server.db.query('UPDATE revisions SET ciphertext = $2 WHERE book_id = $1 AND seq = 2', [
      t.book.id,
      changed,
    ]);
    const db = freshDb();
    const result = await restore(db, code);
    await sync.server.db.query('UPDATE revisions SET ciphertext = $2 WHERE book_id = $1 AND seq = 2', [
      t.book.id,
      row.ciphertext,
    ]);
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['sync.envelopeUnreadable']);
    await expectNothingWritten(db);
  });
});
