import {
  addSettlementChange,
  editSettlementChange,
  newSettlement,
  voidSettlementChange,
} from '../domain/changes/settlement';
import type { Settlement, SettlementFields } from '../domain/credit/records';
import type { Id } from '../domain/model';
import { newId } from '../domain/platform';
import { fail, type Result } from '../domain/result';
import { commitPlanned } from './commit-result';
import { creditBasis } from './credit-basis';
import type { LumbungDb } from './db';
import { problem, type StorageProblem } from './errors';
import { belongingTo } from './queries';
import { retryOnStale } from './retry';

/** The contact, account and credit history a settlement's fields are checked against. */
async function settlementBasis(db: LumbungDb, bookId: Id, fields: SettlementFields, also?: Id) {
  const [contact, account, credit] = await Promise.all([
    belongingTo(db.contacts, bookId, fields.contactId),
    belongingTo(db.accounts, bookId, fields.accountId),
    creditBasis(db, bookId, [fields.contactId, also]),
  ]);
  return { contact, account, credit };
}

/**
 * Records a collection (terima pembayaran) or a payment (bayar utang): refused whole, naming the
 * contact and what is owed, when it is more than the contact owes on its date.
 */
export function addSettlement(
  db: LumbungDb,
  bookId: Id,
  fields: SettlementFields,
): Promise<Result<Settlement, StorageProblem>> {
  return retryOnStale(async () => {
    const settlement = newSettlement(bookId, fields, {
      id: newId(),
      at: new Date().toISOString(),
      source: 'app',
    });
    const [book, basis] = await Promise.all([db.books.get(bookId), settlementBasis(db, bookId, fields)]);
    return commitPlanned(db, addSettlementChange(settlement, { ...basis, book }));
  });
}

/** Corrects a settlement, refused when any contact would then owe below zero on some day. */
export function editSettlement(
  db: LumbungDb,
  settlementId: Id,
  fields: SettlementFields,
  reason?: string,
): Promise<Result<Settlement, StorageProblem>> {
  return retryOnStale(async () => {
    const settlement = await db.settlements.get(settlementId);
    if (!settlement) return fail(problem('settlement.notFound'));
    const basis = await settlementBasis(db, settlement.bookId, fields, settlement.contactId);
    const at = new Date().toISOString();
    return commitPlanned(db, editSettlementChange(settlement, fields, basis, at, reason));
  });
}

/** Voids a settlement: it stays in the history, and what it settled is owed again. */
export function voidSettlement(
  db: LumbungDb,
  settlementId: Id,
  reason: string,
): Promise<Result<Settlement, StorageProblem>> {
  return retryOnStale(async () => {
    const settlement = await db.settlements.get(settlementId);
    if (!settlement) return fail(problem('settlement.notFound'));
    return commitPlanned(db, voidSettlementChange(settlement, new Date().toISOString(), reason));
  });
}
