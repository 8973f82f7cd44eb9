import { isTimeZone } from './dates';
import { BOOK_FIELD_MAX_LENGTH, isTooLong, type BookField } from './limits';
import type { CodedProblem } from './result';

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
export type BookProblem = CodedProblem<'book.nameRequired' | 'book.fieldTooLong' | 'book.timeZoneInvalid'>;

/** The book fields alone, trimmed, whatever else the caller's object carries. */
export function bookFields(input: Partial<BookFields>): BookFields {
  const out = {} as BookFields;
  for (const field of BOOK_FIELDS) out[field] = String(input[field] ?? '').trim();
  return out;
}

/** Every problem with a book's (trimmed) fields: a name, each field within its limit, a known time zone. */
export function bookProblems(input: BookFields): BookProblem[] {
  const problems: BookProblem[] = [];
  if (input.name === '') problems.push({ code: 'book.nameRequired' });
  for (const field of BOOK_FIELDS) {
    const max = BOOK_FIELD_MAX_LENGTH[field];
    if (isTooLong(input[field], max)) problems.push({ code: 'book.fieldTooLong', params: { field, max } });
  }
  if (!isTimeZone(input.timeZone)) problems.push({ code: 'book.timeZoneInvalid' });
  return problems;
}
