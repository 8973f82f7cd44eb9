import type { Contact, OpeningItem, OpeningItemFields } from '../credit/records';
import { openingItemDelta } from '../credit/rollups';
import { openingItemProblems } from '../credit/validate';
import type { Book, Id, Instant } from '../model';
import { fail, ok, type Problem, type Result } from '../result';
import type { Planned } from './change';
import { creditProblems, type CreditBasis } from './credit-check';
import { draftOf } from './drafts';
import type { NewRecord } from './entry';
import { openingItemFieldsOf, sameFields } from './fields';
import { editProblems, recordedNow, recordedOf, voidedRecord, voidProblems } from './history';

/** The record a new opening receivable or payable becomes (note trimmed). */
export const newOpeningItem = (bookId: Id, fields: OpeningItemFields, record: NewRecord): OpeningItem => ({
  ...recordedNow(bookId, record),
  ...openingItemFieldsOf(fields),
});

/** Recording what a contact owed, or was owed, when the book began: it only adds to a debt. */
export function addOpeningItemChange(
  item: OpeningItem,
  basis: { book: Book | undefined; contact: Contact | undefined },
): Result<Planned<OpeningItem>, Problem> {
  if (!basis.book) return fail({ code: 'book.notFound' });
  const problems = openingItemProblems(item, basis.contact);
  if (problems.length > 0) return fail(...problems);
  return ok({
    value: item,
    change: {
      bookId: item.bookId,
      addCredit: { openingItems: [item] },
      drafts: [draftOf({ openingItem: item }, 'create')],
      credit: openingItemDelta(item, 1),
    },
  });
}

/** Correcting an opening item, refused when settlements already took off more than would be owed. */
export function editOpeningItemChange(
  item: OpeningItem,
  fields: OpeningItemFields,
  basis: { contact: Contact | undefined; credit: CreditBasis },
  at: Instant,
  reason?: string,
): Result<Planned<OpeningItem>, Problem> {
  const problems = [...editProblems(item, 'opening', reason), ...openingItemProblems(fields, basis.contact)];
  if (problems.length > 0) return fail(...problems);
  const changed = openingItemFieldsOf(fields);
  if (sameFields(openingItemFieldsOf(item), changed)) return ok({ change: null, value: item });
  const edited: OpeningItem = { ...recordedOf(item), ...changed, updatedAt: at };
  const credit = [...openingItemDelta(item, -1), ...openingItemDelta(edited, 1)];
  const overdrawn = creditProblems(credit, basis.credit);
  if (overdrawn.length > 0) return fail(...overdrawn);
  return ok({
    value: edited,
    change: {
      bookId: item.bookId,
      putCredit: { openingItems: [edited] },
      drafts: [draftOf({ openingItem: edited }, 'edit', reason?.trim())],
      credit,
    },
  });
}

/** Voiding an opening item, refused when settlements already took off what it brought in. */
export function voidOpeningItemChange(
  item: OpeningItem,
  at: Instant,
  reason: string,
  credit: CreditBasis,
): Result<Planned<OpeningItem>, Problem> {
  const deltas = openingItemDelta(item, -1);
  const problems = [...voidProblems(item, 'opening', reason), ...creditProblems(deltas, credit)];
  if (problems.length > 0) return fail(...problems);
  const voided = voidedRecord(item, at, reason);
  return ok({
    value: voided,
    change: {
      bookId: item.bookId,
      putCredit: { openingItems: [voided] },
      drafts: [draftOf({ openingItem: voided }, 'void', reason.trim())],
      credit: deltas,
    },
  });
}
