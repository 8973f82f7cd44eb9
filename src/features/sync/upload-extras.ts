import { catalogDigest, sealCatalog } from '../../domain/sync/catalog';
import type { LumbungDb, SyncLink } from '../../storage';
import { readBookCatalog, updateSyncLink } from '../../storage/lazy';
import type { PushPass } from './push';
import type { ServerClient } from './server-client';

/** Whether an answer means the server kept what was sent (anything else is tried again on the next pass). */
const kept = (status: number | 'network-failed'): boolean => status === 204 || status === 200;

/**
 * What a restore needs beside the chain, sent once the server holds the book: the wrapped book key
 * (until it is accepted) and the sealed catalog (whenever the book's details, accounts or
 * categories changed since the server last took it).
 */
export async function uploadBookExtras(
  db: LumbungDb,
  link: SyncLink,
  client: ServerClient,
): Promise<PushPass> {
  if (link.pendingWrappedKey !== undefined) {
    const answer = await client.request('PUT', `/books/${link.bookId}/key`, {
      wrappedKey: link.pendingWrappedKey,
    });
    if (!kept(answer.status)) return { kind: 'retry' };
    await updateSyncLink(db, link.bookId, { pendingWrappedKey: undefined });
  }
  const catalog = await readBookCatalog(db, link.bookId);
  if (!catalog) return { kind: 'done' };
  const digest = catalogDigest(catalog);
  if (digest === link.catalogDigest) return { kind: 'done' };
  const sealed = await sealCatalog({ aes: link.bookKey }, catalog);
  const answer = await client.request('PUT', `/books/${link.bookId}/catalog`, { sealed });
  if (!kept(answer.status)) return { kind: 'retry' };
  await updateSyncLink(db, link.bookId, { catalogDigest: digest });
  return { kind: 'done' };
}
