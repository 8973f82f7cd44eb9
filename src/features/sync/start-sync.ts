import { canonicalJson } from '../../domain/canonical';
import type { Book } from '../../domain/model';
import { utf8 } from '../../domain/platform';
import { ok, type Result } from '../../domain/result';
import { toBase64url } from '../../domain/statement/encoding';
import { newBookKey } from '../../domain/sync/book-key';
import { newRecoveryCode, type RecoveryCode } from '../../domain/sync/recovery-code';
import type { LumbungDb } from '../../storage';
import { addSyncLink, deviceKey } from '../../storage/lazy';
import { wrapInWorker } from './kdf-job';
import { fetchServerKey, type ServerCallProblem } from './server-calls';
import { enrolOrKnown } from './enrol';
import { serverClient } from './server-client';

/**
 * Starts syncing a book with the cooperative's server: enrols this device with the officer's
 * one-time code (its existing device key signs every request), learns the server's receipt key,
 * makes the book key and the recovery code, and wraps the key under the code off the page's
 * thread. The link is kept with the wrapped key still to send; the background push sends the
 * revisions, then the key and the catalog. The recovery code is returned to be shown once and is
 * kept nowhere.
 */
export async function startSync(
  db: LumbungDb,
  book: Book,
  origin: string,
  enrolmentCode: string,
): Promise<Result<{ recoveryCode: RecoveryCode; memberNumber: string }, ServerCallProblem>> {
  const client = serverClient(origin, (await deviceKey()).signer);
  const serverKey = await fetchServerKey(client);
  if (!serverKey.ok) return serverKey;
  const enrolled = await enrolOrKnown(db, client, enrolmentCode);
  if (!enrolled.ok) return enrolled;
  const key = await newBookKey();
  const recoveryCode = newRecoveryCode();
  const wrapped = await wrapInWorker(key.raw, book.id, recoveryCode);
  await addSyncLink(db, {
    bookId: book.id,
    origin,
    memberNumber: enrolled.value.memberNumber,
    server: { key: serverKey.value.jwk, fingerprint: serverKey.value.fingerprint },
    bookKey: key.aes,
    ackedSeq: 0,
    pendingWrappedKey: toBase64url(utf8(canonicalJson(wrapped))),
    linkedAt: new Date().toISOString(),
  });
  return ok({ recoveryCode, memberNumber: enrolled.value.memberNumber });
}
