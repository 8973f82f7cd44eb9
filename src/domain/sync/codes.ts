import type { CodedProblem } from '../result';

/** Every code the sync pieces can refuse with; the i18n catalogue words each one (`error.<code>`). */
export const SYNC_ERROR_CODES = [
  'sync.envelopeTooLarge',
  'sync.envelopeMalformed',
  'sync.envelopeUnreadable',
  'sync.envelopeContent',
  'sync.envelopeHash',
  'sync.envelopePlace',
  'sync.recoveryCodeMalformed',
  'sync.recoveryCodeTypo',
  'sync.recoveryCodeWrong',
  'sync.wrappedKeyInvalid',
  'sync.wrappedKeyNewer',
  'sync.receiptMalformed',
  'sync.receiptServerKey',
  'sync.receiptSignature',
  'sync.receiptIssuer',
  'sync.receiptBook',
  'sync.receiptUnknownSeq',
  'sync.receiptHash',
  'sync.restoreEmpty',
  'sync.restoreChain',
  'sync.restoreIncomplete',
  'sync.catalogUnreadable',
  'sync.restoreRecords',
  'sync.restoreUnsupported',
] as const;

/** A code the sync pieces can refuse with. */
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

/** One reason a sync step refused its input. */
export type SyncProblem = CodedProblem<SyncErrorCode>;
