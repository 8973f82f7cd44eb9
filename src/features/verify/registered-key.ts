import type { StatementVerification } from '../../domain/statement';

/**
 * The verification with the fingerprint registered for the member taken into account, as
 * `verifyStatement` does with `expectedFingerprint`: a statement signed by another key is not genuine.
 */
export function withRegisteredKey(
  verification: StatementVerification,
  registered: string | null,
): StatementVerification {
  if (registered === null || verification.verdict === 'unreadable') return verification;
  if (verification.fingerprint === registered) return { ...verification, fingerprintMatches: true };
  return {
    ...verification,
    verdict: 'altered',
    fingerprintMatches: false,
    problems: [
      ...verification.problems,
      {
        code: 'fingerprint.mismatch',
        params: { expected: registered, actual: verification.fingerprint ?? '—' },
      },
    ],
  };
}

/** A verification of a file that was never read (refused before reading). */
export const unreadVerification = (
  problem: StatementVerification['problems'][number],
): StatementVerification => ({
  verdict: 'unreadable',
  signatureValid: false,
  figuresConsistent: false,
  fingerprint: null,
  fingerprintMatches: null,
  statementCode: null,
  problems: [problem],
  statement: null,
  source: null,
});
