import { entryCreditProblems } from './credit/entry-credit';
import { isBusinessDate } from './dates';
import { directionOf, type CategoryKind } from './kinds';
import { COUNTERPARTY_MAX_LENGTH, isTooLong, NOTE_MAX_LENGTH } from './limits';
import type { EntryFields, TransferFields } from './model';
import { toRupiah } from './money';
import type { Problem } from './result';

/** Problems with an amount an entry or transfer records: whole Rupiah, safe, above zero. */
export function amountProblems(amount: number): Problem[] {
  const guarded = toRupiah(amount);
  if (!guarded.ok) return guarded.errors.map((e) => ({ code: e.code }));
  if (amount < 0) return [{ code: 'money.negative' }];
  if (amount === 0) return [{ code: 'money.zero' }];
  return [];
}

/** Problems with a business date an entry or transfer records. */
export function dateProblems(date: string): Problem[] {
  return typeof date === 'string' && isBusinessDate(date) ? [] : [{ code: 'date.invalid' }];
}

/** What an entry's fields are checked against: the book's own category, account and contact, when found. */
export interface EntryContext {
  category: { kind: CategoryKind } | undefined;
  account: object | undefined;
  /** The book's contact the entry names (needed only when it names one). */
  contact?: object | undefined;
}

/** Every problem with an entry's fields, in the order a form shows them. */
export function entryProblems(fields: EntryFields, context: EntryContext): Problem[] {
  const problems = [...dateProblems(fields.date), ...amountProblems(fields.amount)];
  if (fields.direction !== 'in' && fields.direction !== 'out') {
    problems.push({ code: 'entry.directionInvalid' });
  }
  if (!context.category) problems.push({ code: 'entry.categoryMissing' });
  else if (directionOf(context.category.kind) !== fields.direction) {
    problems.push({ code: 'entry.kindDirection', params: { kind: context.category.kind } });
  }
  if (!context.account) problems.push({ code: 'entry.accountMissing' });
  if (isTooLong(fields.note, NOTE_MAX_LENGTH)) {
    problems.push({ code: 'entry.noteTooLong', params: { max: NOTE_MAX_LENGTH } });
  }
  if (isTooLong(fields.counterparty, COUNTERPARTY_MAX_LENGTH)) {
    problems.push({ code: 'entry.counterpartyTooLong', params: { max: COUNTERPARTY_MAX_LENGTH } });
  }
  problems.push(...entryCreditProblems(fields, context.category?.kind, context.contact));
  return problems;
}

/** What a transfer's fields are checked against: the book's own accounts, when found. */
export interface TransferContext {
  fromAccount: object | undefined;
  toAccount: object | undefined;
}

/** Every problem with a transfer's fields, in the order a form shows them. */
export function transferProblems(fields: TransferFields, context: TransferContext): Problem[] {
  const problems = [...dateProblems(fields.date), ...amountProblems(fields.amount)];
  if (!context.fromAccount) problems.push({ code: 'transfer.accountMissing', params: { side: 'from' } });
  if (!context.toAccount) problems.push({ code: 'transfer.accountMissing', params: { side: 'to' } });
  const bothFound = context.fromAccount !== undefined && context.toAccount !== undefined;
  if (bothFound && fields.fromAccountId === fields.toAccountId)
    problems.push({ code: 'transfer.sameAccount' });
  if (isTooLong(fields.note, NOTE_MAX_LENGTH)) {
    problems.push({ code: 'transfer.noteTooLong', params: { max: NOTE_MAX_LENGTH } });
  }
  return problems;
}
