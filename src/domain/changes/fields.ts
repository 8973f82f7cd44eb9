import type { OpeningItemFields, SettlementFields, StockCountFields } from '../credit/records';
import type { EntryFields, TransferFields } from '../model';

/**
 * Only the member's fields of an entry, with the free text trimmed. The credit fields appear only
 * when they say something: a contact when one is named, `paid` when less than the amount, a due
 * date when one is given (the checks refuse it where nothing is owed); an entry without them has exactly the fields it always had.
 */
export const entryFieldsOf = (f: EntryFields): EntryFields => ({
  date: f.date,
  direction: f.direction,
  amount: f.amount,
  categoryId: f.categoryId,
  accountId: f.accountId,
  note: f.note.trim(),
  counterparty: f.counterparty.trim(),
  ...(f.contactId === undefined ? {} : { contactId: f.contactId }),
  ...(f.paid === undefined || f.paid === f.amount ? {} : { paid: f.paid }),
  ...(f.dueDate === undefined ? {} : { dueDate: f.dueDate }),
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
export const sameFields = <T extends object>(a: T, b: T): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Only the member's fields of a settlement, with the note trimmed. */
export const settlementFieldsOf = (f: SettlementFields): SettlementFields => ({
  date: f.date,
  type: f.type,
  contactId: f.contactId,
  amount: f.amount,
  accountId: f.accountId,
  note: f.note.trim(),
});

/** Only the member's fields of a stock count, with the note trimmed. */
export const stockCountFieldsOf = (f: StockCountFields): StockCountFields => ({
  date: f.date,
  value: f.value,
  note: f.note.trim(),
  opening: f.opening,
});

/** Only the member's fields of an opening receivable or payable, with the note trimmed. */
export const openingItemFieldsOf = (f: OpeningItemFields): OpeningItemFields => ({
  date: f.date,
  side: f.side,
  contactId: f.contactId,
  amount: f.amount,
  ...(f.dueDate === undefined ? {} : { dueDate: f.dueDate }),
  note: f.note.trim(),
});
