import { withExpectedFingerprint, type StatementVerification } from '../../domain/statement';

/**
 * The verification with the fingerprint registered for the member taken into account, by the same
 * comparison as `verifyStatement` with `expectedFingerprint` (and the CLI's `verify --fingerprint`).
 */
export const withRegisteredKey = (
  verification: StatementVerification,
  registered: string | null,
): StatementVerification =>
  registered === null ? verification : withExpectedFingerprint(verification, registered);
