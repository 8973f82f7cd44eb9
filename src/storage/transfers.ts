import type { Id, Transfer, TransferFields } from '../domain/model';
import { newId } from '../domain/platform';
import { fail, ok, type Result } from '../domain/result';
import { reasonProblems } from '../domain/reason';
import { writeWithRevisions } from './chained-write';
import type { AddEntryOptions } from './entries';
import type { LumbungDb } from './db';
import { problem, type StorageProblem } from './errors';
import { checkTransfer, sameFields, transferFieldsOf } from './entry-checks';
import { retryOnStale } from './retry';
import { transferSnapshot } from './revisions';
import { applyTransferDeltas, transferDelta } from './rollups';

const transferTables = (db: LumbungDb) => [db.transfers, db.dailyTransferTotals];

/** Records money moved between two accounts of a book, with its revision and daily total. */
export function addTransfer(
  db: LumbungDb,
  bookId: Id,
  fields: TransferFields,
  opts: AddEntryOptions = {},
): Promise<Result<Transfer, StorageProblem>> {
  return retryOnStale(async () => {
    if (!(await db.books.get(bookId))) return fail(problem('book.notFound'));
    const problems = await checkTransfer(db, bookId, fields);
    if (problems.length > 0) return fail(...problems);
    const at = (opts.now ?? new Date()).toISOString();
    const transfer: Transfer = {
      id: newId(),
      bookId,
      ...transferFieldsOf(fields),
      recordedAt: at,
      updatedAt: at,
      source: opts.source ?? 'app',
      ...(opts.importId === undefined ? {} : { importId: opts.importId }),
      voided: false,
    };
    const draft = {
      bookId,
      subjectId: transfer.id,
      action: 'create' as const,
      at,
      snapshot: transferSnapshot(transfer),
    };
    await writeWithRevisions(db, bookId, [draft], transferTables(db), async () => {
      await db.transfers.add(transfer);
      await applyTransferDeltas(db, transferDelta(transfer, 1));
    });
    return ok(transfer);
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
    if (transfer.voided) return fail(problem('transfer.voided'));
    const problems = [
      ...(await checkTransfer(db, transfer.bookId, fields)),
      ...reasonProblems(reason, false),
    ];
    if (problems.length > 0) return fail(...problems);
    const changed = transferFieldsOf(fields);
    if (sameFields(transferFieldsOf(transfer), changed)) return ok(transfer);
    const at = new Date().toISOString();
    const edited: Transfer = { ...transfer, ...changed, updatedAt: at };
    const draft = {
      bookId: transfer.bookId,
      subjectId: transferId,
      action: 'edit' as const,
      at,
      ...(reason?.trim() ? { reason: reason.trim() } : {}),
      snapshot: transferSnapshot(edited),
    };
    await writeWithRevisions(db, transfer.bookId, [draft], transferTables(db), async () => {
      await db.transfers.put(edited);
      await applyTransferDeltas(db, [...transferDelta(transfer, -1), ...transferDelta(edited, 1)]);
    });
    return ok(edited);
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
    if (transfer.voided) return fail(problem('transfer.alreadyVoided'));
    const problems = reasonProblems(reason, true);
    if (problems.length > 0) return fail(...problems);
    const at = new Date().toISOString();
    const voided: Transfer = { ...transfer, voided: true, voidReason: reason.trim(), updatedAt: at };
    const draft = {
      bookId: transfer.bookId,
      subjectId: transferId,
      action: 'void' as const,
      at,
      reason: reason.trim(),
      snapshot: transferSnapshot(voided),
    };
    await writeWithRevisions(db, transfer.bookId, [draft], transferTables(db), async () => {
      await db.transfers.put(voided);
      await applyTransferDeltas(db, transferDelta(transfer, -1));
    });
    return ok(voided);
  });
}
