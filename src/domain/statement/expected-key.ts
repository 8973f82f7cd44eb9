import type { Problem } from '../result';
import { handedOverFrom, type HandoverCheck } from './handover';
import { normalizeFingerprint } from './keys';
import type { Verdict } from './verify';

/** What a check of the expected key needs of a verification, of a file or of a QR code alike. */
export interface KeyedVerification {
  verdict: Verdict;
  fingerprint: string | null;
  fingerprintMatches: boolean | null;
  handover: HandoverCheck | null;
  problems: Problem[];
}

/** Whether the key that signed is the expected one; when not, the problem that says so. */
export function compareFingerprint(expected: string, actual: string | null): Problem | null {
  const normalized = normalizeFingerprint(expected);
  if (normalized !== null && normalized === actual) return null;
  // The expected text is the officer's input: cut short, it cannot flood the report.
  return { code: 'fingerprint.mismatch', params: { expected: expected.slice(0, 40), actual: actual ?? '—' } };
}

/**
 * A verification with the expected key (the fingerprint registered for the member) taken into
 * account: a statement signed by another key is altered, however sound its signature, unless a
 * valid handover chain from the expected key leads to it (the member moved to a new phone).
 */
export function withExpectedFingerprint<T extends KeyedVerification>(verification: T, expected: string): T {
  if (verification.verdict === 'unreadable') return verification;
  const problem = compareFingerprint(expected, verification.fingerprint);
  if (problem === null || handedOverFrom(verification.handover, expected))
    return { ...verification, fingerprintMatches: true };
  return {
    ...verification,
    verdict: 'altered',
    fingerprintMatches: false,
    problems: [...verification.problems, problem],
  };
}

/** Whether the expected key matched through a handover rather than as the signing key itself. */
export const matchedByHandover = (verification: KeyedVerification, expected: string | null): boolean =>
  expected !== null &&
  verification.fingerprintMatches === true &&
  verification.fingerprint !== normalizeFingerprint(expected);
