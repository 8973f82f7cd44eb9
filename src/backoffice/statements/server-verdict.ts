import type { StatementVerification } from '../../domain/statement';
import type { StatementDetail } from './types';

/** Problems that say the key is not the member's registered device. */
const KEY_PROBLEMS = new Set(['fingerprint.mismatch', 'device.unregistered']);

/**
 * The verification to show: the server's verdict and problems (it judged the key against the
 * member's registered devices), with what this browser recomputed of the same file for the rest.
 */
export function serverVerdict(detail: StatementDetail, local: StatementVerification): StatementVerification {
  const keyRefused = detail.problems.some((problem) => KEY_PROBLEMS.has(problem.code));
  return {
    ...local,
    verdict: detail.verdict,
    problems: detail.problems,
    fingerprint: detail.fingerprint,
    fingerprintMatches: detail.verdict === 'genuine' ? true : keyRefused ? false : null,
  };
}
