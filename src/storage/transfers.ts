import {
  addTransferChange,
  editTransferChange,
  newTransfer,
  voidTransferChange,
} from '../domain/changes/transfer';
import type { Id, Transfer, TransferFields } from '../domain/model';
import { newId } from '../domain/platform';
import { fail, type Result } from '../domain/result';
import { lastBasis } from './commit';
import { commitPlanned } from './commit-result';
import type { LumbungDb } from './db';
import type { AddEntryOptions } from './entries';
import { problem, type StorageProblem } from './errors';
import { belongingTo } from './queries';
import { retryOnStale } from './retry';

/** The accounts at both ends of a transfer: as the last commit knew them, or read. */
function transferAccounts(db: LumbungDb, bookId: Id, fields: TransferFields) {
  const known = lastBasis(db, bookId)?.accounts;
  return Promise.all([
    known?.get(fields.fromAccountId) ?? belongingTo(db.accounts, bookId, fields.fromAccountId),
    known?.get(fields.toAccountId) ?? belongingTo(db.accounts, bookId, fields.toAccountId),
  ]).then(([fromAccount, toAccount]) => ({ fromAccount, toAccount }));
}

/** Records money moved between two accounts of a book, with its revision and daily total. */
export function addTransfer(
  db: LumbungDb,
  bookId: Id,
  fields: TransferFields,
  opts: AddEntryOptions = {},
): Promise<Result<Transfer, StorageProblem>> {
  return retryOnStale(async () => {
    const at = (opts.now ?? new Date()).toISOString();
    const record = { id: newId(), at, source: opts.source ?? 'app', importId: opts.importId };
    const transfer = newTransfer(bookId, fields, record);
    const [book, accounts] = await Promise.all([db.books.get(bookId), transferAccounts(db, bookId, fields)]);
    return commitPlanned(db, addTransferChange(transfer, { book, ...accounts }));
  });
}

/** Corrects a transfer, adding a revision; the rollups follow it. */
export function editTransfer(
  db: LumbungDb,
  transferId: Id,
  fields: TransferFields,
  reason?: string,
): Promise<Result<Transfer, StorageProblem>> {
  return retryOnStale(async () => {
    const transfer = await db.transfers.get(transferId);
    if (!transfer) return fail(problem('transfer.notFound'));
    const accounts = await transferAccounts(db, transfer.bookId, fields);
    const at = new Date().toISOString();
    return commitPlanned(db, editTransferChange(transfer, fields, accounts, at, reason));
  });
}

/** Voids a transfer: it stays in the book and its history, moving nothing. */
export function voidTransfer(
  db: LumbungDb,
  transferId: Id,
  reason: string,
): Promise<Result<Transfer, StorageProblem>> {
  return retryOnStale(async () => {
    const transfer = await db.transfers.get(transferId);
    if (!transfer) return fail(problem('transfer.notFound'));
    return commitPlanned(db, voidTransferChange(transfer, new Date().toISOString(), reason));
  });
}
