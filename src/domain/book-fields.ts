import { isTimeZone } from './dates';
import { BOOK_FIELD_MAX_LENGTH, isTooLong, type BookField } from './limits';
import { memberNumberAccepted } from './member-number';
import type { CodedProblem } from './result';
import { canonicalText } from './text';

/** What a member fills in for a book. */
export type BookFields = Record<BookField, string>;

/** Every field of a book a member fills in, in the order a form shows them. */
export const BOOK_FIELDS = [
  'name',
  'owner',
  'memberNumber',
  'cooperative',
  'branch',
  'businessType',
  'address',
  'phone',
  'timeZone',
] as const satisfies readonly BookField[];

/** A problem with a book's fields. */
export type BookProblem = CodedProblem<
  'book.nameRequired' | 'book.fieldTooLong' | 'book.timeZoneInvalid' | 'book.memberNumberInvalid'
>;

/** The book fields alone, in canonical form (`canonicalText`), whatever else the caller's object carries. */
export function bookFields(input: Partial<BookFields>): BookFields {
  const out = {} as BookFields;
  for (const field of BOOK_FIELDS) out[field] = canonicalText(String(input[field] ?? ''));
  return out;
}

/** Every problem with a book's (canonical) fields: a name, each within its limit, a member number, a known time zone. */
export function bookProblems(input: BookFields): BookProblem[] {
  const problems: BookProblem[] = [];
  if (input.name === '') problems.push({ code: 'book.nameRequired' });
  for (const field of BOOK_FIELDS) {
    const max = BOOK_FIELD_MAX_LENGTH[field];
    if (isTooLong(input[field], max)) problems.push({ code: 'book.fieldTooLong', params: { field, max } });
  }
  if (!memberNumberAccepted(input.memberNumber)) problems.push({ code: 'book.memberNumberInvalid' });
  if (!isTimeZone(input.timeZone)) problems.push({ code: 'book.timeZoneInvalid' });
  return problems;
}
