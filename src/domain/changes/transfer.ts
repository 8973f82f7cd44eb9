import type { Account, Book, Id, Instant, Transfer, TransferFields } from '../model';
import { fail, ok, type Problem, type Result } from '../result';
import { transferProblems } from '../validate-entry';
import type { Planned } from './change';
import { transferDelta } from './deltas';
import { draftOf } from './drafts';
import type { NewRecord } from './entry';
import { sameFields, transferFieldsOf } from './fields';
import { reasonProblems } from '../reason';

/** What a transfer is checked against: the book's own accounts at both ends, when found. */
export interface TransferBasis {
  fromAccount: Account | undefined;
  toAccount: Account | undefined;
}

/** The record a new transfer becomes (note trimmed). */
export const newTransfer = (bookId: Id, fields: TransferFields, record: NewRecord): Transfer => ({
  id: record.id,
  bookId,
  ...transferFieldsOf(fields),
  recordedAt: record.at,
  updatedAt: record.at,
  source: record.source,
  ...(record.importId === undefined ? {} : { importId: record.importId }),
  voided: false,
});

/** The accounts a transfer was checked against, for a following save to take as known. */
const accountsOf = (basis: TransferBasis): Account[] =>
  [basis.fromAccount, basis.toAccount].filter((a): a is Account => a !== undefined);

/** Moving money between two accounts of a book: the transfer, its revision, its daily total. */
export function addTransferChange(
  transfer: Transfer,
  basis: TransferBasis & { book: Book | undefined },
): Result<Planned<Transfer>, Problem> {
  if (!basis.book) return fail({ code: 'book.notFound' });
  const problems = transferProblems(transfer, basis);
  if (problems.length > 0) return fail(...problems);
  return ok({
    value: transfer,
    change: {
      bookId: transfer.bookId,
      add: { transfers: [transfer] },
      drafts: [draftOf({ transfer }, 'create')],
      dailyTransfers: transferDelta(transfer, 1),
      basis: { book: basis.book, accounts: accountsOf(basis) },
    },
  });
}

/** Correcting a transfer: a revision, and its rollups moved with it. */
export function editTransferChange(
  transfer: Transfer,
  fields: TransferFields,
  basis: TransferBasis,
  at: Instant,
  reason?: string,
): Result<Planned<Transfer>, Problem> {
  if (transfer.voided) return fail({ code: 'transfer.voided' });
  const problems = [...transferProblems(fields, basis), ...reasonProblems(reason, false)];
  if (problems.length > 0) return fail(...problems);
  const changed = transferFieldsOf(fields);
  if (sameFields(transferFieldsOf(transfer), changed)) return ok({ change: null, value: transfer });
  const edited: Transfer = { ...transfer, ...changed, updatedAt: at };
  return ok({
    value: edited,
    change: {
      bookId: transfer.bookId,
      put: { transfers: [edited] },
      drafts: [draftOf({ transfer: edited }, 'edit', reason?.trim())],
      dailyTransfers: [...transferDelta(transfer, -1), ...transferDelta(edited, 1)],
    },
  });
}

/** Voiding a transfer: it stays in the book and its history, moving nothing. */
export function voidTransferChange(
  transfer: Transfer,
  at: Instant,
  reason: string,
): Result<Planned<Transfer>, Problem> {
  if (transfer.voided) return fail({ code: 'transfer.alreadyVoided' });
  const problems = reasonProblems(reason, true);
  if (problems.length > 0) return fail(...problems);
  const voided: Transfer = { ...transfer, voided: true, voidReason: reason.trim(), updatedAt: at };
  return ok({
    value: voided,
    change: {
      bookId: transfer.bookId,
      put: { transfers: [voided] },
      drafts: [draftOf({ transfer: voided }, 'void', reason.trim())],
      dailyTransfers: transferDelta(transfer, -1),
    },
  });
}
