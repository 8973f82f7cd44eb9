import type { Contact, Settlement, SettlementFields } from '../credit/records';
import { settlementDelta } from '../credit/rollups';
import { settlementProblems } from '../credit/validate';
import type { Account, Book, Id, Instant } from '../model';
import { fail, ok, type Problem, type Result } from '../result';
import type { Planned } from './change';
import { creditProblems, type CreditBasis } from './credit-check';
import { draftOf } from './drafts';
import type { NewRecord } from './entry';
import { sameFields, settlementFieldsOf } from './fields';
import { editProblems, recordedNow, voidedRecord, voidProblems } from './history';

/** What a settlement is checked against: the contact and account it names, and that contact's credit rows. */
export interface SettlementBasis {
  contact: Contact | undefined;
  account: Account | undefined;
  credit: CreditBasis;
}

/** The record a new settlement becomes (note trimmed). */
export const newSettlement = (bookId: Id, fields: SettlementFields, record: NewRecord): Settlement => ({
  ...recordedNow(bookId, record),
  ...settlementFieldsOf(fields),
});

/**
 * Recording a collection or a payment: the settlement, its revision and its credit rollup. Refused
 * whole when it is more than the contact owes (or is owed) on its date, or than what later
 * settlements leave room for.
 */
export function addSettlementChange(
  settlement: Settlement,
  basis: SettlementBasis & { book: Book | undefined },
): Result<Planned<Settlement>, Problem> {
  if (!basis.book) return fail({ code: 'book.notFound' });
  const credit = settlementDelta(settlement, 1);
  const problems = [...settlementProblems(settlement, basis), ...creditProblems(credit, basis.credit)];
  if (problems.length > 0) return fail(...problems);
  return ok({
    value: settlement,
    change: {
      bookId: settlement.bookId,
      addCredit: { settlements: [settlement] },
      drafts: [draftOf({ settlement }, 'create')],
      credit,
    },
  });
}

/** Correcting a settlement: a revision, and its rollups moved, refused when any contact would owe below zero. */
export function editSettlementChange(
  settlement: Settlement,
  fields: SettlementFields,
  basis: SettlementBasis,
  at: Instant,
  reason?: string,
): Result<Planned<Settlement>, Problem> {
  const problems = [...editProblems(settlement, 'settlement', reason), ...settlementProblems(fields, basis)];
  if (problems.length > 0) return fail(...problems);
  const changed = settlementFieldsOf(fields);
  if (sameFields(settlementFieldsOf(settlement), changed)) return ok({ change: null, value: settlement });
  const edited: Settlement = { ...settlement, ...changed, updatedAt: at };
  const credit = [...settlementDelta(settlement, -1), ...settlementDelta(edited, 1)];
  const overdrawn = creditProblems(credit, basis.credit);
  if (overdrawn.length > 0) return fail(...overdrawn);
  return ok({
    value: edited,
    change: {
      bookId: settlement.bookId,
      putCredit: { settlements: [edited] },
      drafts: [draftOf({ settlement: edited }, 'edit', reason?.trim())],
      credit,
    },
  });
}

/** Voiding a settlement: it stays in the book and its history; the debt it settled is owed again. */
export function voidSettlementChange(
  settlement: Settlement,
  at: Instant,
  reason: string,
): Result<Planned<Settlement>, Problem> {
  const problems = voidProblems(settlement, 'settlement', reason);
  if (problems.length > 0) return fail(...problems);
  const voided = voidedRecord(settlement, at, reason);
  return ok({
    value: voided,
    change: {
      bookId: settlement.bookId,
      putCredit: { settlements: [voided] },
      drafts: [draftOf({ settlement: voided }, 'void', reason.trim())],
      credit: settlementDelta(settlement, -1),
    },
  });
}
