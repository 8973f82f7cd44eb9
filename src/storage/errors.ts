import { CREDIT_ERROR_CODES } from '../domain/credit/codes';
import type { Problem } from '../domain/result';

/** Every code a storage verb can refuse with; the UI gives each one a message. */
export const STORAGE_ERROR_CODES = [
  'money.notANumber',
  'money.fraction',
  'money.tooLarge',
  'money.negative',
  'money.zero',
  'date.invalid',
  'book.notFound',
  'book.nameRequired',
  'book.fieldTooLong',
  'book.timeZoneInvalid',
  'book.memberNumberInvalid',
  'account.notFound',
  'account.nameRequired',
  'account.nameTooLong',
  'account.duplicateName',
  'account.typeInvalid',
  'account.cashRequired',
  'category.notFound',
  'category.nameRequired',
  'category.nameTooLong',
  'category.duplicateName',
  'category.kindInvalid',
  'category.inUse',
  'entry.notFound',
  'entry.directionInvalid',
  'entry.categoryMissing',
  'entry.accountMissing',
  'entry.kindDirection',
  'entry.noteTooLong',
  'entry.counterpartyTooLong',
  'entry.voided',
  'entry.alreadyVoided',
  'transfer.notFound',
  'transfer.accountMissing',
  'transfer.sameAccount',
  'transfer.noteTooLong',
  'transfer.voided',
  'transfer.alreadyVoided',
  'revision.reasonRequired',
  'revision.reasonTooLong',
  'import.duplicate',
  'product.notFound',
  'product.nameRequired',
  'product.nameTooLong',
  'product.duplicateName',
  'product.tooMany',
  'storage.busy',
  'contact.notFound',
  'settlement.notFound',
  'stock.notFound',
  'opening.notFound',
  ...CREDIT_ERROR_CODES,
] as const;

/** A code a storage verb can refuse with. */
export type StorageErrorCode = (typeof STORAGE_ERROR_CODES)[number];

/** A storage problem: a known code plus the values its message needs. */
export interface StorageProblem extends Problem {
  code: StorageErrorCode;
}

/** Builds one problem. */
export const problem = (code: StorageErrorCode, params?: Record<string, string | number>): StorageProblem =>
  params ? { code, params } : { code };

/** Narrows a domain problem to a storage code, failing loudly when a validator grew a code nobody listed. */
export function asStorageProblem(p: Problem): StorageProblem {
  if (!(STORAGE_ERROR_CODES as readonly string[]).includes(p.code)) {
    throw new Error(`unlisted storage error code: ${p.code}`);
  }
  return p as StorageProblem;
}
