/**
 * Whether this phone has its own authenticator that verifies the member (fingerprint, face, or the
 * screen lock behind them); false where the browser has no WebAuthn or the phone has none.
 */
export async function hasPlatformPasskey(): Promise<boolean> {
  try {
    if (typeof PublicKeyCredential === 'undefined') return false;
    return await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable();
  } catch {
    return false;
  }
}
