import { expect } from 'vitest';
import { formatRecoveryCode } from '../../../src/domain/sync/recovery-code';
import { pushPass } from '../../../src/features/sync/push';
import { startSync } from '../../../src/features/sync/start-sync';
import { getSyncLink, type LumbungDb } from '../../../src/storage';
import { freshDb, makeBook, unwrap, type TestBook } from './db';
import { phoneClient, startSyncServer, type SyncServer } from './sync-server';

/** A phone whose book started syncing and pushed everything, with the server it pushed to. */
export interface SyncedPhone {
  sync: SyncServer;
  phone: LumbungDb;
  t: TestBook;
  /** The recovery code, as the member wrote it down. */
  code: string;
}

/**
 * Starts the server, makes a book on a fresh phone, lets `fill` record in it, starts its sync as
 * `memberNumber` (enrolled with a code the officer issues) and pushes it all.
 */
export async function syncedPhone(
  memberNumber: string,
  fill: (db: LumbungDb, t: TestBook) => Promise<void>,
): Promise<SyncedPhone> {
  const sync = await startSyncServer();
  const phone = freshDb();
  const t = await makeBook(phone);
  await fill(phone, t);
  const started = unwrap(await startSync(phone, t.book, sync.url, await sync.issueCode(memberNumber)));
  await pushBook(phone, t.book.id, sync.url);
  return { sync, phone, t, code: formatRecoveryCode(started.recoveryCode) };
}

/** Pushes what the phone's book holds that the server does not, to the end. */
export async function pushBook(phone: LumbungDb, bookId: string, url: string): Promise<void> {
  const link = await getSyncLink(phone, bookId);
  if (!link) throw new Error('the book does not sync');
  expect(await pushPass(phone, link, await phoneClient(url))).toEqual({ kind: 'done' });
}
