import type { Id } from '../../domain/model';
import { fromUtf8 } from '../../domain/platform';
import { fail, ok, type Problem, type Result } from '../../domain/result';
import { fromBase64url } from '../../domain/statement/encoding';
import { parseStrictJson } from '../../domain/strict-json';
import {
  bookListAnswerSchema,
  catalogAnswerSchema,
  keyAnswerSchema,
  pullPageSchema,
  type ServerBook,
} from '../../domain/sync/answers';
import { catalogDigest, openCatalog } from '../../domain/sync/catalog';
import { rebuildBook } from '../../domain/sync/rebuild';
import { parseRecoveryCode } from '../../domain/sync/recovery-code';
import { MAX_PUSH_REVISIONS, type WireRevision } from '../../domain/sync/wire';
import { setSetting, type LumbungDb } from '../../storage';
import { deviceKey, restoreSyncedBook } from '../../storage/lazy';
import { enrolOrKnown } from './enrol';
import { checkRestoreInWorker } from './kdf-job';
import { pullReceipts } from './pull-receipts';
import { callServer, fetchServerKey } from './server-calls';
import { serverClient, type ServerClient } from './server-client';

/** A new phone connected to the server: who it belongs to, and the member's books there. */
export interface RestoreConnection {
  origin: string;
  memberNumber: string;
  books: ServerBook[];
}

const clientFor = async (origin: string): Promise<ServerClient> =>
  serverClient(origin, (await deviceKey()).signer);

/** Enrols this phone with a new code and lists the member's books on the server. */
export async function connectForRestore(
  db: LumbungDb,
  origin: string,
  code: string,
): Promise<Result<RestoreConnection, Problem>> {
  const client = await clientFor(origin);
  const enrolled = await enrolOrKnown(db, client, code);
  if (!enrolled.ok) return enrolled;
  const books = await callServer(client, 'GET', '/books', bookListAnswerSchema);
  if (!books.ok) return books;
  return ok({
    origin,
    memberNumber: enrolled.value.memberNumber,
    books: books.value.filter((b) => b.tip.seq > 0),
  });
}

/** The wrapped key's record from the base64url text the server keeps, or null when it is not JSON. */
function wrappedRecord(text: string): unknown {
  const bytes = fromBase64url(text);
  const json = bytes === null ? null : fromUtf8(bytes);
  const parsed = json === null ? null : parseStrictJson(json);
  return parsed?.ok ? parsed.value : null;
}

/** Pulls every revision of a book, page after page, reporting how many of the tip's arrived. */
async function pullAll(
  client: ServerClient,
  bookId: Id,
  onProgress: (done: number, total: number) => void,
): Promise<Result<{ pulled: WireRevision[]; tip: { seq: number; hash: string }; lastAt?: string }, Problem>> {
  const pulled: WireRevision[] = [];
  let lastAt: string | undefined;
  for (;;) {
    const after = pulled.at(-1)?.seq ?? 0;
    const page = await callServer(
      client,
      'GET',
      `/books/${bookId}/revisions?after=${after}&limit=${MAX_PUSH_REVISIONS}`,
      pullPageSchema,
    );
    if (!page.ok) return page;
    for (const { receivedAt, ...wire } of page.value.revisions) {
      pulled.push(wire);
      lastAt = receivedAt ?? lastAt;
    }
    const tip = page.value.tip;
    onProgress(Math.min(pulled.length, tip.seq), tip.seq);
    if (page.value.revisions.length === 0 || (pulled.at(-1)?.seq ?? 0) >= tip.seq)
      return ok({ pulled, tip, ...(lastAt === undefined ? {} : { lastAt }) });
  }
}

/**
 * Restores one book from the server onto this phone: the code's check symbols first (before any
 * download), then the wrapped key, the sealed catalog, every revision and the receipts of its
 * pushes; everything is opened and checked whole in the key worker, the rows rebuilt, and the book written in one transaction with
 * its sync link. Any problem on the way leaves this phone as it was.
 */
export async function restoreFromServer(
  db: LumbungDb,
  connection: RestoreConnection,
  bookId: Id,
  typedCode: string,
  onProgress: (done: number, total: number) => void,
): Promise<Result<{ bookId: Id }, Problem>> {
  const typed = parseRecoveryCode(typedCode);
  if (!typed.ok) return typed;
  const client = await clientFor(connection.origin);
  const serverKey = await fetchServerKey(client);
  if (!serverKey.ok) return serverKey;
  const key = await callServer(client, 'GET', `/books/${bookId}/key`, keyAnswerSchema);
  if (!key.ok) return key;
  const catalog = await callServer(client, 'GET', `/books/${bookId}/catalog`, catalogAnswerSchema);
  if (!catalog.ok) return catalog;
  const pull = await pullAll(client, bookId, onProgress);
  if (!pull.ok) return pull;
  const receipts = await pullReceipts(client, bookId);
  if (!receipts.ok) return receipts;
  const server = { key: serverKey.value.jwk, fingerprint: serverKey.value.fingerprint };
  const checked = await checkRestoreInWorker({
    bookId,
    wrappedKey: wrappedRecord(key.value.wrappedKey),
    recoveryCode: typed.value,
    pulled: pull.value.pulled,
    tip: pull.value.tip,
    receipts: receipts.value,
    server,
  });
  if (!checked.ok) return checked;
  const opened = await openCatalog(checked.value.key, bookId, catalog.value.sealed);
  if (!opened.ok) return opened;
  const content = rebuildBook(opened.value, checked.value.revisions);
  if (!content.ok) return content;
  const written = await restoreSyncedBook(
    db,
    content.value,
    {
      bookId,
      origin: connection.origin,
      memberNumber: connection.memberNumber,
      server,
      bookKey: checked.value.key.aes,
      ackedSeq: pull.value.tip.seq,
      catalogDigest: catalogDigest(opened.value),
      ...(pull.value.lastAt === undefined ? {} : { safeAt: pull.value.lastAt }),
      linkedAt: new Date().toISOString(),
    },
    checked.value.receipts,
  );
  if (!written.ok) return fail(...written.errors);
  await setSetting(db, 'currentBookId', bookId);
  return ok({ bookId });
}
