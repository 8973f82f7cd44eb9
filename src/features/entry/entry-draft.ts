import { isBusinessDate } from '../../domain/dates';
import type { Direction } from '../../domain/kinds';
import { COUNTERPARTY_MAX_LENGTH, isTooLong, NOTE_MAX_LENGTH } from '../../domain/limits';
import { parseRupiah, type MoneyErrorCode } from '../../domain/money';
import type { EntryFields } from '../../domain/model';
import type { MessageKey } from '../../i18n/id';
import { checkCreditDraft, type CreditDraft, type CreditErrors } from './credit-draft';

/** What the entry form holds while the member types. */
export interface EntryDraft {
  digits: string;
  categoryId: string;
  accountId: string;
  date: string;
  note: string;
  counterparty: string;
  /** Present when the member chose *Belum lunas*. */
  credit?: CreditDraft | undefined;
}

/** Per-field messages for a draft that cannot be saved yet. */
export type DraftErrors = Partial<
  Record<'amount' | 'category' | 'date' | 'note' | 'counterparty', MessageKey>
> &
  CreditErrors;

/** The message for an amount that cannot be read: one to fill it in, else why it is refused. */
export const amountError = (code: MoneyErrorCode | undefined): MessageKey =>
  code === 'money.empty' ? 'entry.error.amountRequired' : `error.${code ?? 'money.notANumber'}`;

/** Checks a draft the way a member would be told: every field's problem at once. */
export function validateEntryDraft(
  draft: EntryDraft,
  direction: Direction,
): { ok: true; fields: EntryFields } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const amount = parseRupiah(draft.digits);
  if (!amount.ok) errors.amount = amountError(amount.errors[0]?.code);
  if (!draft.categoryId) errors.category = 'entry.error.categoryRequired';
  if (!isBusinessDate(draft.date)) errors.date = 'entry.error.dateInvalid';
  if (isTooLong(draft.note.trim(), NOTE_MAX_LENGTH)) errors.note = 'entry.error.noteTooLong';
  if (isTooLong(draft.counterparty.trim(), COUNTERPARTY_MAX_LENGTH))
    errors.counterparty = 'entry.error.counterpartyTooLong';
  const credit =
    draft.credit && checkCreditDraft(draft.credit, amount.ok ? amount.value : undefined, draft.date);
  if (credit && !credit.ok) Object.assign(errors, credit.errors);
  if (!amount.ok || (credit && !credit.ok) || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      date: draft.date,
      direction,
      amount: amount.value,
      categoryId: draft.categoryId,
      accountId: draft.accountId,
      note: draft.note.trim(),
      counterparty: draft.counterparty.trim(),
      ...(credit?.ok ? credit.fields : {}),
    },
  };
}

/** Whether the member has typed anything worth keeping. */
export const isDraftTouched = (draft: EntryDraft, initial: EntryDraft): boolean =>
  (Object.keys(draft) as Array<keyof EntryDraft>).some((k) => draft[k] !== initial[k]);
