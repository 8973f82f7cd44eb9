import { isBusinessDate } from '../dates';
import { directionOf, KIND_RULES, type CategoryKind } from '../kinds';
import type { EntryFields } from '../model';
import type { Problem } from '../result';
import type { CreditSide } from './records';

/** Whether entries of a kind may leave something owed: the operating kinds; financing and investing never. */
export const mayBeOnCredit = (kind: CategoryKind): boolean => KIND_RULES[kind].cashFlow === 'operating';

/** The side of the debt an entry of this kind leaves: a sale is owed to the shop, a purchase by it. */
export const creditSideOf = (kind: CategoryKind): CreditSide =>
  directionOf(kind) === 'in' ? 'receivable' : 'payable';

/** What was paid now of an entry: all of it unless a smaller `paid` says otherwise. */
export const paidOf = (e: Pick<EntryFields, 'amount' | 'paid'>): number => e.paid ?? e.amount;

/** What an entry leaves owed: its amount less what was paid now. */
export const owedOf = (e: Pick<EntryFields, 'amount' | 'paid'>): number => e.amount - paidOf(e);

/**
 * Problems with the credit part of an entry: what was paid (whole Rupiah, 0 ≤ paid ≤ amount), the
 * contact it needs when something is owed, a kind that may be on credit, and a due date on or after
 * the entry's date that only an owed entry carries.
 */
export function entryCreditProblems(
  fields: EntryFields,
  kind: CategoryKind | undefined,
  contact: object | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const { paid, dueDate } = fields;
  if (paid !== undefined) {
    if (!Number.isSafeInteger(paid) || paid < 0) problems.push({ code: 'entry.paidInvalid' });
    else if (paid > fields.amount) problems.push({ code: 'entry.paidAboveAmount' });
  }
  const owed = paid !== undefined && Number.isSafeInteger(paid) && paid >= 0 && paid < fields.amount;
  if (fields.contactId !== undefined && !contact) problems.push({ code: 'entry.contactMissing' });
  if (owed && fields.contactId === undefined) problems.push({ code: 'entry.creditNeedsContact' });
  if (owed && kind !== undefined && !mayBeOnCredit(kind))
    problems.push({ code: 'entry.creditKind', params: { kind } });
  if (dueDate !== undefined) {
    if (!isBusinessDate(dueDate)) problems.push({ code: 'entry.dueDateInvalid' });
    else if (!owed) problems.push({ code: 'entry.dueWithoutCredit' });
    else if (dueDate < fields.date) problems.push({ code: 'entry.dueBeforeDate' });
  }
  return problems;
}
