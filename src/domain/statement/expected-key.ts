import type { Problem } from '../result';
import { normalizeFingerprint } from './keys';
import type { StatementVerification } from './verify';

/** Whether the key that signed is the expected one; when not, the problem that says so. */
export function compareFingerprint(expected: string, actual: string | null): Problem | null {
  const normalized = normalizeFingerprint(expected);
  if (normalized !== null && normalized === actual) return null;
  // The expected text is the officer's input: cut short, it cannot flood the report.
  return { code: 'fingerprint.mismatch', params: { expected: expected.slice(0, 40), actual: actual ?? '—' } };
}

/**
 * A verification with the expected key (the fingerprint registered for the member) taken into
 * account: a statement signed by another key is altered, however sound its signature.
 */
export function withExpectedFingerprint(
  verification: StatementVerification,
  expected: string,
): StatementVerification {
  if (verification.verdict === 'unreadable') return verification;
  const problem = compareFingerprint(expected, verification.fingerprint);
  if (problem === null) return { ...verification, fingerprintMatches: true };
  return {
    ...verification,
    verdict: 'altered',
    fingerprintMatches: false,
    problems: [...verification.problems, problem],
  };
}
