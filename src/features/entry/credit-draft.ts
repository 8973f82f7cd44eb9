import { isBusinessDate } from '../../domain/dates';
import type { Entry, EntryFields } from '../../domain/model';
import { parseRupiah } from '../../domain/money';
import type { MessageKey } from '../../i18n/id';

/** The credit part of an entry while the member types: the contact, what was paid now, the due date. */
export interface CreditDraft {
  contactId: string;
  /** Digits of what was paid now; empty means nothing. */
  paidDigits: string;
  /** A `YYYY-MM-DD` due date, or empty for none. */
  dueDate: string;
}

/** Messages for a credit part that cannot be saved yet. */
export type CreditErrors = Partial<Record<'contact' | 'paid' | 'due', MessageKey>>;

/** A credit part just switched on: nobody picked, nothing paid, no due date. */
export const EMPTY_CREDIT: CreditDraft = { contactId: '', paidDigits: '', dueDate: '' };

/** The credit part of a stored entry, for editing it; none when the entry names no contact. */
export const creditDraftOf = (entry: Entry): CreditDraft | undefined =>
  entry.contactId === undefined
    ? undefined
    : {
        contactId: entry.contactId,
        paidDigits: String(entry.paid ?? entry.amount),
        dueDate: entry.dueDate ?? '',
      };

/**
 * Checks a credit part against the entry's amount and date: a contact, a paid part of whole Rupiah
 * not above the amount, a due date on or after the entry's; the fields it adds, or what is wrong.
 */
export function checkCreditDraft(
  credit: CreditDraft,
  amount: number | undefined,
  date: string,
):
  | { ok: true; fields: Pick<EntryFields, 'contactId' | 'paid' | 'dueDate'> }
  | { ok: false; errors: CreditErrors } {
  const errors: CreditErrors = {};
  if (credit.contactId === '') errors.contact = 'credit.entry.contactRequired';
  const paid = credit.paidDigits === '' ? 0 : parseRupiah(credit.paidDigits);
  const paidValue = typeof paid === 'number' ? paid : paid.ok ? paid.value : undefined;
  if (paidValue === undefined) errors.paid = 'error.entry.paidInvalid';
  else if (amount !== undefined && paidValue > amount) errors.paid = 'credit.entry.paidTooMuch';
  if (credit.dueDate !== '') {
    if (!isBusinessDate(credit.dueDate)) errors.due = 'error.entry.dueDateInvalid';
    else if (credit.dueDate < date) errors.due = 'credit.entry.dueBefore';
  }
  if (Object.keys(errors).length > 0 || paidValue === undefined) return { ok: false, errors };
  const owes = amount !== undefined && paidValue < amount;
  return {
    ok: true,
    fields: {
      contactId: credit.contactId,
      ...(owes ? { paid: paidValue } : {}),
      ...(owes && credit.dueDate !== '' ? { dueDate: credit.dueDate } : {}),
    },
  };
}
