import type { EntryFields, TransferFields } from '../model';

/** Only the member's fields of an entry, with the free text trimmed. */
export const entryFieldsOf = (f: EntryFields): EntryFields => ({
  date: f.date,
  direction: f.direction,
  amount: f.amount,
  categoryId: f.categoryId,
  accountId: f.accountId,
  note: f.note.trim(),
  counterparty: f.counterparty.trim(),
});

/** Only the member's fields of a transfer, with the note trimmed. */
export const transferFieldsOf = (f: TransferFields): TransferFields => ({
  date: f.date,
  amount: f.amount,
  fromAccountId: f.fromAccountId,
  toAccountId: f.toAccountId,
  note: f.note.trim(),
});

/** Whether two sets of fields are the same (an edit that changes nothing writes nothing). */
export const sameFields = (a: EntryFields | TransferFields, b: EntryFields | TransferFields): boolean =>
  JSON.stringify(a) === JSON.stringify(b);
