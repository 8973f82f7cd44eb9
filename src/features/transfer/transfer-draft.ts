import { isBusinessDate } from '../../domain/dates';
import { isTooLong, NOTE_MAX_LENGTH } from '../../domain/limits';
import { parseRupiah } from '../../domain/money';
import type { TransferFields } from '../../domain/model';
import type { MessageKey } from '../../i18n/id';
import { amountError } from '../entry/entry-draft';

/** What the transfer form holds while the member types. */
export interface TransferDraft {
  digits: string;
  fromAccountId: string;
  toAccountId: string;
  date: string;
  note: string;
}

/** Per-field messages for a transfer that cannot be saved yet. */
export type TransferErrors = Partial<Record<'amount' | 'to' | 'date' | 'note', MessageKey>>;

/** Checks a transfer draft: amount, two different accounts, a real date. */
export function validateTransferDraft(
  draft: TransferDraft,
): { ok: true; fields: TransferFields } | { ok: false; errors: TransferErrors } {
  const errors: TransferErrors = {};
  const amount = parseRupiah(draft.digits);
  if (!amount.ok) errors.amount = amountError(amount.errors[0]?.code);
  if (!draft.toAccountId || draft.toAccountId === draft.fromAccountId)
    errors.to = 'transfer.error.sameAccount';
  if (!isBusinessDate(draft.date)) errors.date = 'entry.error.dateInvalid';
  if (isTooLong(draft.note.trim(), NOTE_MAX_LENGTH)) errors.note = 'entry.error.noteTooLong';
  if (!amount.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      date: draft.date,
      amount: amount.value,
      fromAccountId: draft.fromAccountId,
      toAccountId: draft.toAccountId,
      note: draft.note.trim(),
    },
  };
}
