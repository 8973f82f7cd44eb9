import type { OpeningItem, Settlement, StockCount } from '../credit/records';
import type { Entry, RevisionAction, RevisionSnapshot, Transfer } from '../model';
import type { RevisionDraft } from '../revisions';
import { openingItemFieldsOf, settlementFieldsOf, stockCountFieldsOf } from './fields';

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
  // Only an entry that names a contact or leaves something owed records these, as it stores them.
  ...(e.contactId === undefined ? {} : { contactId: e.contactId }),
  ...(e.paid === undefined ? {} : { paid: e.paid }),
  ...(e.dueDate === undefined ? {} : { dueDate: e.dueDate }),
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

/** A record whose history the chain keeps, named by what it is. */
export type HistorySubject =
  | { entry: Entry }
  | { transfer: Transfer }
  | { settlement: Settlement }
  | { stockCount: StockCount }
  | { openingItem: OpeningItem };

/** What a revision records of any subject: the member's fields and whether it is voided. */
function snapshotOf(subject: HistorySubject): RevisionSnapshot {
  if ('entry' in subject) return entrySnapshot(subject.entry);
  if ('transfer' in subject) return transferSnapshot(subject.transfer);
  if ('settlement' in subject)
    return {
      subject: 'settlement',
      ...settlementFieldsOf(subject.settlement),
      voided: subject.settlement.voided,
    };
  if ('stockCount' in subject)
    return {
      subject: 'stockCount',
      ...stockCountFieldsOf(subject.stockCount),
      voided: subject.stockCount.voided,
    };
  return {
    subject: 'openingItem',
    ...openingItemFieldsOf(subject.openingItem),
    voided: subject.openingItem.voided,
  };
}

/** The record a subject holds. */
const recordOf = (subject: HistorySubject) => Object.values(subject)[0] as HistorySubjectRecord;
type HistorySubjectRecord = Entry | Transfer | Settlement | StockCount | OpeningItem;

/** The revision draft that records a subject as an action left it, at its `updatedAt`. */
export function draftOf(subject: HistorySubject, action: RevisionAction, reason?: string): RevisionDraft {
  const record = recordOf(subject);
  return {
    bookId: record.bookId,
    subjectId: record.id,
    action,
    at: record.updatedAt,
    ...(reason ? { reason } : {}),
    snapshot: snapshotOf(subject),
  };
}
