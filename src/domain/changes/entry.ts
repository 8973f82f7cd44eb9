import type { Contact } from '../credit/records';
import { entryCreditDelta } from '../credit/rollups';
import type { CategoryKind } from '../kinds';
import type { Account, Book, Category, Entry, EntryFields, Id, Instant, Source } from '../model';
import { fail, ok, type Problem, type Result } from '../result';
import { entryProblems } from '../validate-entry';
import type { Planned } from './change';
import { creditProblems, type CreditBasis } from './credit-check';
import { recordedOf } from './history';
import { entryDelta } from './deltas';
import { draftOf } from './drafts';
import { entryFieldsOf, sameFields } from './fields';
import { reasonProblems } from '../reason';

/** What a new entry is checked and counted against: the book and its own category, account and contact. */
export interface EntryBasis {
  book: Book | undefined;
  category: Category | undefined;
  account: Account | undefined;
  /** The contact the entry names, when it names one. */
  contact?: Contact | undefined;
}

/** Who and when of a new record: its id, when it counts as recorded, where it came from. */
export interface NewRecord {
  id: Id;
  at: Instant;
  source: Source;
  importId?: Id | undefined;
}

/** The record a new entry becomes (fields trimmed). */
export const newEntry = (bookId: Id, fields: EntryFields, record: NewRecord): Entry => ({
  id: record.id,
  bookId,
  ...entryFieldsOf(fields),
  recordedAt: record.at,
  updatedAt: record.at,
  source: record.source,
  ...(record.importId === undefined ? {} : { importId: record.importId }),
  voided: false,
});

/** Recording money in or out: the entry, its first revision, its daily total. */
export function addEntryChange(entry: Entry, basis: EntryBasis): Result<Planned<Entry>, Problem> {
  const { book, category, account, contact } = basis;
  if (!book) return fail({ code: 'book.notFound' });
  const problems = entryProblems(entry, { category, account, contact });
  if (problems.length > 0 || !category || !account) return fail(...problems);
  // A new entry can only add to what a contact owes, so it needs no balance check.
  const credit = entryCreditDelta(entry, category.kind, 1);
  return ok({
    value: entry,
    change: {
      bookId: entry.bookId,
      add: { entries: [entry] },
      drafts: [draftOf({ entry }, 'create')],
      daily: entryDelta(entry, category.kind, 1),
      ...(credit.length > 0 ? { credit } : {}),
      expects: [{ what: 'kind', categoryId: category.id, kind: category.kind }],
      // A contact's rename or hiding adds no revision, so the chain check would not see it.
      ...(contact
        ? { creditExpects: [{ what: 'row', table: 'contacts', id: contact.id, row: contact }] }
        : {}),
      basis: {
        book,
        categories: [category],
        accounts: [account],
        ...(contact ? { contacts: [contact] } : {}),
      },
    },
  });
}

/** What an edit is checked against: the kind the entry is counted under, and its new category, account and contact. */
export interface EditBasis {
  storedKind: CategoryKind;
  category: Category | undefined;
  account: Account | undefined;
  /** The contact the edited entry names, when it names one. */
  contact?: Contact | undefined;
  /** The credit rows of the contacts the entry names before and after, when either is owed something. */
  credit?: CreditBasis;
}

/** Correcting an entry: a revision, and its rollups moved to its new day, category or account. */
export function editEntryChange(
  entry: Entry,
  fields: EntryFields,
  basis: EditBasis,
  at: Instant,
  reason?: string,
): Result<Planned<Entry>, Problem> {
  if (entry.voided) return fail({ code: 'entry.voided' });
  const { category, account, contact } = basis;
  const problems = [
    ...entryProblems(fields, { category, account, contact }),
    ...reasonProblems(reason, false),
  ];
  if (problems.length > 0 || !category) return fail(...problems);
  const changed = entryFieldsOf(fields);
  if (sameFields(entryFieldsOf(entry), changed)) return ok({ change: null, value: entry });
  const edited: Entry = { ...recordedOf(entry), ...changed, updatedAt: at };
  const credit = [
    ...entryCreditDelta(entry, basis.storedKind, -1),
    ...entryCreditDelta(edited, category.kind, 1),
  ];
  const overdrawn = creditProblems(credit, basis.credit);
  if (overdrawn.length > 0) return fail(...overdrawn);
  return ok({
    value: edited,
    change: {
      bookId: entry.bookId,
      put: { entries: [edited] },
      drafts: [draftOf({ entry: edited }, 'edit', reason?.trim())],
      daily: [...entryDelta(entry, basis.storedKind, -1), ...entryDelta(edited, category.kind, 1)],
      ...(credit.length > 0 ? { credit } : {}),
      expects: [{ what: 'kind', categoryId: category.id, kind: category.kind }],
    },
  });
}

/**
 * Voiding an entry: it stays in the book and its history, counting nowhere. Voiding a sale or a
 * purchase on credit is refused when settlements already took off more than would then be owed.
 */
export function voidEntryChange(
  entry: Entry,
  storedKind: CategoryKind,
  at: Instant,
  reason: string,
  creditBasis?: CreditBasis,
): Result<Planned<Entry>, Problem> {
  if (entry.voided) return fail({ code: 'entry.alreadyVoided' });
  const credit = entryCreditDelta(entry, storedKind, -1);
  const problems = [...reasonProblems(reason, true), ...creditProblems(credit, creditBasis)];
  if (problems.length > 0) return fail(...problems);
  const voided: Entry = { ...entry, voided: true, voidReason: reason.trim(), updatedAt: at };
  return ok({
    value: voided,
    change: {
      bookId: entry.bookId,
      put: { entries: [voided] },
      drafts: [draftOf({ entry: voided }, 'void', reason.trim())],
      daily: entryDelta(entry, storedKind, -1),
      ...(credit.length > 0 ? { credit } : {}),
    },
  });
}
