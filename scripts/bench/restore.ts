// The restore bench row, run in the bench page: a seeded book synced to the cooperative's server,
// then restored from it on a fresh database, beside the same book restored from its backup file.
import { readBackup } from '../../src/domain/backup/read';
import { formatRecoveryCode } from '../../src/domain/sync/recovery-code';
import { pushPass } from '../../src/features/sync/push';
import { connectForRestore, restoreFromServer } from '../../src/features/sync/restore-from-server';
import { serverClient } from '../../src/features/sync/server-client';
import { startSync } from '../../src/features/sync/start-sync';
import { getSyncLink, LumbungDb, makeBackup, restoreBackup } from '../../src/storage';
import { deviceKey } from '../../src/storage/lazy';

/** What syncing the seeded book took: its recovery code and the push's milliseconds. */
export interface Synced {
  recoveryCode: string;
  pushMs: number;
}

/** Starts syncing the book with the server and pushes its whole chain. */
export async function syncWholeBook(
  db: LumbungDb,
  bookId: string,
  origin: string,
  code: string,
): Promise<Synced> {
  const book = await db.books.get(bookId);
  if (!book) throw new Error(`no book ${bookId}`);
  const started = await startSync(db, book, origin, code);
  if (!started.ok) throw new Error(JSON.stringify(started.errors));
  const client = serverClient(origin, (await deviceKey()).signer);
  const t0 = performance.now();
  for (let pass = 0; pass < 20; pass++) {
    const link = await getSyncLink(db, bookId);
    if (!link) throw new Error('the book does not sync');
    const done = await pushPass(db, link, client);
    if (done.kind === 'done')
      return { recoveryCode: formatRecoveryCode(started.value.recoveryCode), pushMs: performance.now() - t0 };
    if (done.kind === 'stopped') throw new Error(`push stopped: ${JSON.stringify(link.stopped)}`);
  }
  throw new Error('the push did not finish');
}

/** A fresh database of its own name, deleted first when a run left one. */
async function freshDatabase(name: string): Promise<LumbungDb> {
  await LumbungDb.delete(name);
  const db = new LumbungDb(name);
  await db.open();
  return db;
}

/** One run of each restore, in milliseconds: from the server (pull, decrypt, verify, rebuild, write) and from the backup file. */
export async function timeRestores(
  db: LumbungDb,
  bookId: string,
  origin: string,
  recoveryCode: string,
  enrolmentCode: string,
  appVersion: string,
): Promise<{ serverMs: number; fileMs: number; entries: number }> {
  const backup = await makeBackup(db, appVersion);
  const fromFile = await freshDatabase('bench-restore-file');
  const f0 = performance.now();
  const read = await readBackup(backup.text);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const written = await restoreBackup(fromFile, read.value.content, { clash: 'replace', copyName: (n) => n });
  if (!written.ok) throw new Error(JSON.stringify(written.errors));
  const fileMs = performance.now() - f0;
  fromFile.close();

  // The phone is enrolled already (it synced the book): connecting lists the member's books.
  const connection = await connectForRestore(db, origin, enrolmentCode);
  if (!connection.ok) throw new Error(JSON.stringify(connection.errors));
  const fromServer = await freshDatabase('bench-restore-server');
  const s0 = performance.now();
  const restored = await restoreFromServer(fromServer, connection.value, bookId, recoveryCode, () => {});
  const serverMs = performance.now() - s0;
  if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
  const entries = await fromServer.entries.where('bookId').equals(bookId).count();
  fromServer.close();
  return { serverMs, fileMs, entries };
}
