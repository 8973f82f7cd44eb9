import { withExpectedFingerprint, type KeyedVerification } from '../../domain/statement';

/**
 * The verification (of a file or a QR code) with the fingerprint registered for the member taken
 * into account, by the same comparison as `verifyStatement` with `expectedFingerprint` (and the
 * CLI's `verify --fingerprint`).
 */
export const withRegisteredKey = <T extends KeyedVerification>(
  verification: T,
  registered: string | null,
): T => (registered === null ? verification : withExpectedFingerprint(verification, registered));
