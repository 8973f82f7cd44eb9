/**
 * Every problem code reading, checking and verifying a statement or QR summary can report; the
 * viewer's i18n catalogue and the CLI have a message for each. Unreadable: those up to `schema.invalid`.
 */
export const STATEMENT_PROBLEM_CODES = [
  'file.empty',
  'file.encoding',
  'file.notJson',
  'file.duplicateKey',
  'file.tooLarge',
  'pdf.truncated',
  'pdf.unreadable',
  'pdf.noStatement',
  'pdf.tooLarge',
  'pdf.unbound',
  'pdf.layoutUnknown',
  'pdf.layoutRetired',
  'format.unknown',
  'schema.invalid',
  'signature.missing',
  'signature.malformed',
  'signature.badKey',
  'signature.invalid',
  'fingerprint.stated',
  'fingerprint.mismatch',
  'identity.notCanonical',
  'identity.memberNumber',
  'period.reversed',
  'period.notWholeMonths',
  'period.notEnded',
  'rows.recordedAfterStatement',
  'rows.recordedTooEarly',
  'row.duplicateId',
  'row.outsidePeriod',
  'row.kindDirection',
  'row.sameAccount',
  'account.duplicate',
  'figures.mismatch',
  'figures.uncomputable',
  'pdf.changed',
  'pdf.appended',
  'pdf.qrMismatch',
  'qr.unreadable',
  'handover.invalid',
  'handover.broken',
] as const;

/** One code of `STATEMENT_PROBLEM_CODES`. */
export type StatementProblemCode = (typeof STATEMENT_PROBLEM_CODES)[number];
