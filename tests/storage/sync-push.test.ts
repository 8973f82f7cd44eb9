import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyReceipt } from '../../src/domain/sync/receipt';
import { pushPass } from '../../src/features/sync/push';
import { sendStatement } from '../../src/features/sync/send-statement';
import { startSync } from '../../src/features/sync/start-sync';
import { readStatementInput } from '../../src/features/statement/make-statement-files';
import { signStatementInput } from '../../src/domain/statement/documents';
import {
  addEntry,
  createBook,
  getSyncLink,
  makeBackup,
  type LumbungDb,
  type SyncLink,
} from '../../src/storage';
import { bookReceipts, deviceKey, statementWitness } from '../../src/storage/lazy';
import { chainAfter, enrolDevice, revisionsPath } from '../support/server/flow';
import { expense, freshDb, MARIA, makeBook, sale, unwrap, type TestBook } from '../support/storage/db';
import {
  becomeNewPhone,
  phoneClient,
  startSyncServer,
  watchedClient,
  type SyncServer,
} from '../support/storage/sync-server';

let sync: SyncServer;
// PGlite's first start and Argon2id's 64 MiB take seconds on a loaded machine.
beforeAll(async () => {
  sync = await startSyncServer();
}, 180_000);
afterAll(() => sync.stop());

/** A book of a few entries that has started syncing (enrolled, key made), nothing pushed yet. */
async function syncedBook(memberNumber: string): Promise<{ db: LumbungDb; t: TestBook }> {
  const db = freshDb();
  const t = await makeBook(db);
  unwrap(await addEntry(db, t.book.id, sale(t)));
  unwrap(await addEntry(db, t.book.id, expense(t)));
  unwrap(await addEntry(db, t.book.id, sale(t, { amount: 40_000 })));
  await becomeNewPhone();
  unwrap(await startSync(db, t.book, sync.url, await sync.issueCode(memberNumber)));
  return { db, t };
}

const linkOf = async (db: LumbungDb, bookId: string): Promise<SyncLink> => {
  const link = await getSyncLink(db, bookId);
  if (!link) throw new Error('the book does not sync');
  return link;
};

/** The hashes the server holds for the book, in its order. */
async function serverHashes(bookId: string): Promise<{ seq: number; hash: string }[]> {
  const client = await phoneClient(sync.url);
  const answer = await client.request('GET', `/books/${bookId}/revisions?after=0&limit=500`);
  if (answer.status === 'network-failed') throw new Error('the server did not answer');
  if (answer.status === 404) return []; // the server has never heard of the book
  const body = answer.body as { revisions: { seq: number; hash: string }[] };
  return body.revisions.map(({ seq, hash }) => ({ seq, hash }));
}

const localHashes = async (db: LumbungDb, bookId: string) =>
  (await db.revisions.where('[bookId+seq]').between([bookId, 0], [bookId, Infinity]).toArray()).map(
    ({ seq, hash }) => ({ seq, hash }),
  );

/** The seqs of the revisions each push request carried. */
const pushedSeqs = (sent: { method: string; path: string; body: unknown }[]) =>
  sent
    .filter((r) => r.method === 'PUT' && r.path.endsWith('/revisions'))
    .flatMap((r) =>
      (JSON.parse(String(r.body)) as { revisions: { seq: number }[] }).revisions.map((x) => x.seq),
    );

describe('the background push', { timeout: 120_000 }, () => {
  it('sends only what follows the acknowledged seq, in order, and keeps each verified receipt', async () => {
    const { db, t } = await syncedBook('PUSH-1');
    const client = watchedClient(await phoneClient(sync.url));
    expect(await pushPass(db, await linkOf(db, t.book.id), client)).toEqual({ kind: 'done' });
    expect(pushedSeqs(client.sent)).toEqual([1, 2, 3]);
    unwrap(await addEntry(db, t.book.id, expense(t, { amount: 3_000 })));
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 9_000 })));
    expect(await pushPass(db, await linkOf(db, t.book.id), client)).toEqual({ kind: 'done' });
    expect(pushedSeqs(client.sent)).toEqual([1, 2, 3, 4, 5]);

    expect(await serverHashes(t.book.id)).toEqual(await localHashes(db, t.book.id));
    const link = await linkOf(db, t.book.id);
    expect(link.ackedSeq).toBe(5);
    expect(link.safeAt).toBeDefined();
    expect(link.pendingWrappedKey).toBeUndefined();
    const receipts = await bookReceipts(db, t.book.id);
    expect(receipts.map((r) => r.seq)).toEqual([3, 5]);
    // The book key cannot be read out, and neither it nor the receipts go into a backup.
    expect((link.bookKey as CryptoKey).extractable).toBe(false);
    const backup = await makeBackup(db, '0.0.0-test');
    for (const receipt of receipts) expect(backup.text).not.toContain(receipt.jws);
    expect(backup.text).not.toMatch(/syncLinks|syncReceipts|bookKey/);
    const hashes = new Map((await localHashes(db, t.book.id)).map((r) => [r.seq, r.hash]));
    for (const receipt of receipts) {
      const checked = await verifyReceipt(receipt.jws, {
        serverKey: link.server.key,
        serverFingerprint: link.server.fingerprint,
        bookId: t.book.id,
        hashAt: (seq) => hashes.get(seq),
      });
      expect(checked.ok).toBe(true);
    }
  });

  it('waits while offline, then sends everything recorded meanwhile in order', async () => {
    const { db, t } = await syncedBook('PUSH-2');
    const client = watchedClient(await phoneClient(sync.url));
    client.mode = 'offline';
    expect((await pushPass(db, await linkOf(db, t.book.id), client)).kind).toBe('retry');
    unwrap(await addEntry(db, t.book.id, expense(t, { amount: 1_000 })));
    unwrap(await addEntry(db, t.book.id, expense(t, { amount: 2_000 })));
    expect((await pushPass(db, await linkOf(db, t.book.id), client)).kind).toBe('retry');
    expect((await linkOf(db, t.book.id)).ackedSeq).toBe(0);
    expect(await serverHashes(t.book.id)).toEqual([]);

    client.mode = 'online';
    expect(await pushPass(db, await linkOf(db, t.book.id), client)).toEqual({ kind: 'done' });
    expect(pushedSeqs(client.sent)).toEqual([1, 2, 3, 4, 5]);
    expect(await serverHashes(t.book.id)).toEqual(await localHashes(db, t.book.id));
  });

  it('loses and doubles nothing when the app closes after the server stored a push but before its answer', async () => {
    const { db, t } = await syncedBook('PUSH-3');
    const client = watchedClient(await phoneClient(sync.url));
    client.mode = 'lose-answers';
    expect((await pushPass(db, await linkOf(db, t.book.id), client)).kind).toBe('retry');
    expect((await linkOf(db, t.book.id)).ackedSeq).toBe(0);
    expect((await serverHashes(t.book.id)).length).toBe(3);

    // The app opens again: the same revisions go again, the server takes them silently.
    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 11_000 })));
    client.mode = 'online';
    expect(await pushPass(db, await linkOf(db, t.book.id), client)).toEqual({ kind: 'done' });
    expect(await serverHashes(t.book.id)).toEqual(await localHashes(db, t.book.id));
    expect((await linkOf(db, t.book.id)).ackedSeq).toBe(4);
    expect((await bookReceipts(db, t.book.id)).at(-1)?.seq).toBe(4);
  });

  it('stops at a fork and writes nothing over the chain the server holds', async () => {
    const { db, t } = await syncedBook('PUSH-4');
    const client = watchedClient(await phoneClient(sync.url));
    expect(await pushPass(db, await linkOf(db, t.book.id), client)).toEqual({ kind: 'done' });
    // Another phone of the member writes its own seq 4 after the same chain.
    const other = await enrolDevice(sync.officer, 'PUSH-4');
    const [tip] = (await serverHashes(t.book.id)).slice(-1);
    const theirs = chainAfter(tip, 1);
    expect((await other.send('PUT', revisionsPath(t.book.id), { revisions: theirs })).status).toBe(200);

    unwrap(await addEntry(db, t.book.id, sale(t, { amount: 12_000 })));
    expect(await pushPass(db, await linkOf(db, t.book.id), client)).toEqual({ kind: 'stopped' });
    const link = await linkOf(db, t.book.id);
    expect(link.stopped?.code).toBe('fork');
    expect(link.ackedSeq).toBe(3);
    expect((await serverHashes(t.book.id)).at(-1)?.hash).toBe(theirs[0]?.hash);
  });

  it('syncs a second book of the same phone as the member it enrolled as', async () => {
    const { db } = await syncedBook('PUSH-5');
    const second = unwrap(await createBook(db, { ...MARIA, name: 'Warung Kedua' }));
    const started = unwrap(await startSync(db, second, sync.url, await sync.issueCode('PUSH-5')));
    expect(started.memberNumber).toBe('PUSH-5');
    expect((await linkOf(db, second.id)).memberNumber).toBe('PUSH-5');
  });

  it('sends a statement to the cooperative with the evidence that makes its records witnessed, and none without notes', async () => {
    const { db, t } = await syncedBook(MARIA.memberNumber);
    const client = watchedClient(await phoneClient(sync.url));
    expect(await pushPass(db, await linkOf(db, t.book.id), client)).toEqual({ kind: 'done' });
    const signer = (await deviceKey()).signer;
    const march = { from: '2026-03-01', to: '2026-03-31' };
    const withNotes = unwrap(await readStatementInput(db, t.book.id, march, new Date()));
    const sent = unwrap(
      await sendStatement(db, t.book.id, unwrap(await signStatementInput(withNotes, signer))),
    );
    expect(sent).toMatchObject({ verdict: 'genuine', withEvidence: true, witnessed: { total: 3, never: 0 } });

    const without = unwrap(
      await readStatementInput(db, t.book.id, { ...march, omitNotes: true }, new Date()),
    );
    const bare = unwrap(
      await sendStatement(db, t.book.id, unwrap(await signStatementInput(without, signer))),
    );
    expect(bare).toMatchObject({
      verdict: 'genuine',
      withEvidence: false,
      witnessed: { total: 3, never: 3 },
    });

    const ids = withNotes.entries.map((entry) => entry.id);
    const witness = await statementWitness(db, t.book.id, ids);
    expect(witness.revisions.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(witness.receipts.map((r) => r.seq)).toEqual([3]);
  });
});
