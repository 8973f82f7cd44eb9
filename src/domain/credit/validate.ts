import { isBusinessDate } from '../dates';
import { isTooLong, NOTE_MAX_LENGTH } from '../limits';
import type { Id } from '../model';
import { nameProblems } from '../names';
import type { Problem } from '../result';
import { amountProblems, dateProblems } from '../validate-entry';
import {
  CONTACT_ROLES,
  type ContactRole,
  type OpeningItemFields,
  type SettlementFields,
  type StockCountFields,
} from './records';
import { normaliseWhatsApp } from './whatsapp';

/** What a member fills in for a contact. */
export interface ContactInput {
  name: string;
  whatsapp: string;
  role: ContactRole;
}

/** Problems with a new or changed contact, given the book's other contacts (names are unique per book). */
export function contactProblems(
  input: ContactInput,
  siblings: readonly { id: Id; name: string }[],
  selfId?: Id,
): Problem[] {
  const problems: Problem[] = nameProblems('contact', input.name, siblings, selfId);
  if (normaliseWhatsApp(input.whatsapp) === null) problems.push({ code: 'contact.whatsappInvalid' });
  if (!CONTACT_ROLES.includes(input.role)) problems.push({ code: 'contact.roleInvalid' });
  return problems;
}

const noteProblems = (subject: string, note: string): Problem[] =>
  isTooLong(note, NOTE_MAX_LENGTH)
    ? [{ code: `${subject}.noteTooLong`, params: { max: NOTE_MAX_LENGTH } }]
    : [];

/** Every problem with a settlement's fields, given the book's contact and account it names, when found. */
export function settlementProblems(
  fields: SettlementFields,
  context: { contact: object | undefined; account: object | undefined },
): Problem[] {
  const problems = [...dateProblems(fields.date), ...amountProblems(fields.amount)];
  if (fields.type !== 'collect' && fields.type !== 'pay') problems.push({ code: 'settlement.typeInvalid' });
  if (!context.contact) problems.push({ code: 'settlement.contactMissing' });
  if (!context.account) problems.push({ code: 'settlement.accountMissing' });
  return [...problems, ...noteProblems('settlement', fields.note)];
}

/** Every problem with a stock count's fields: a real day and a value of whole Rupiah ≥ 0 (zero is a count). */
export function stockCountProblems(fields: StockCountFields): Problem[] {
  const problems = dateProblems(fields.date);
  if (!Number.isSafeInteger(fields.value) || fields.value < 0) problems.push({ code: 'stock.valueInvalid' });
  return [...problems, ...noteProblems('stock', fields.note)];
}

/** Every problem with an opening receivable or payable, given the book's contact it names, when found. */
export function openingItemProblems(fields: OpeningItemFields, contact: object | undefined): Problem[] {
  const problems = [...dateProblems(fields.date), ...amountProblems(fields.amount)];
  if (fields.side !== 'receivable' && fields.side !== 'payable')
    problems.push({ code: 'opening.sideInvalid' });
  if (!contact) problems.push({ code: 'opening.contactMissing' });
  if (fields.dueDate !== undefined) {
    if (!isBusinessDate(fields.dueDate)) problems.push({ code: 'opening.dueDateInvalid' });
    else if (fields.dueDate < fields.date) problems.push({ code: 'opening.dueBeforeDate' });
  }
  return [...problems, ...noteProblems('opening', fields.note)];
}
