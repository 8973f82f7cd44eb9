import type { Entry, RevisionAction, RevisionSnapshot, Transfer } from '../model';
import type { RevisionDraft } from '../revisions';

/** What a revision records of an entry: the member's fields and whether it is voided. */
export const entrySnapshot = (e: Entry): RevisionSnapshot => ({
  subject: 'entry',
  date: e.date,
  direction: e.direction,
  amount: e.amount,
  categoryId: e.categoryId,
  accountId: e.accountId,
  note: e.note,
  counterparty: e.counterparty,
  voided: e.voided,
});

/** What a revision records of a transfer: the member's fields and whether it is voided. */
export const transferSnapshot = (t: Transfer): RevisionSnapshot => ({
  subject: 'transfer',
  date: t.date,
  amount: t.amount,
  fromAccountId: t.fromAccountId,
  toAccountId: t.toAccountId,
  note: t.note,
  voided: t.voided,
});

/** The revision draft that records an entry or transfer as an action left it, at its `updatedAt`. */
export function draftOf(
  subject: { entry: Entry } | { transfer: Transfer },
  action: RevisionAction,
  reason?: string,
): RevisionDraft {
  const record = 'entry' in subject ? subject.entry : subject.transfer;
  return {
    bookId: record.bookId,
    subjectId: record.id,
    action,
    at: record.updatedAt,
    ...(reason ? { reason } : {}),
    snapshot: 'entry' in subject ? entrySnapshot(subject.entry) : transferSnapshot(subject.transfer),
  };
}
