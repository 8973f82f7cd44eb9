import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { derToRawP256 } from '../../domain/lock/der-signature';
import { randomBytes, sha256 } from '../../domain/platform';
import type { PasskeyRecord } from './lock-store';

/** ES256, the one algorithm asked for: WebCrypto can check it without any library. */
const ES256 = -7;

/** The bytes in an ArrayBuffer of their own, as the DOM's WebAuthn and WebCrypto types ask. */
const own = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);
/** Authenticator data flags: the user was present (UP) and verified, by fingerprint or the phone's lock (UV). */
const USER_PRESENT = 0x01;
const USER_VERIFIED = 0x04;

/**
 * Registers the phone's own authenticator (fingerprint or face, with the phone's screen lock
 * behind it) to open the book; null when the member cancels or the phone cannot.
 */
export async function registerPasskey(): Promise<PasskeyRecord | null> {
  try {
    const credential = (await navigator.credentials.create({
      publicKey: {
        challenge: own(randomBytes(32)),
        rp: { name: 'Lumbung' },
        user: { id: own(randomBytes(16)), name: 'lumbung', displayName: 'Lumbung' },
        pubKeyCredParams: [{ type: 'public-key', alg: ES256 }],
        authenticatorSelection: {
          authenticatorAttachment: 'platform',
          userVerification: 'required',
          residentKey: 'discouraged',
        },
        attestation: 'none',
        timeout: 60_000,
      },
    })) as PublicKeyCredential | null;
    const response = credential?.response as AuthenticatorAttestationResponse | undefined;
    const publicKey = response?.getPublicKey();
    if (!credential || !response || !publicKey || response.getPublicKeyAlgorithm() !== ES256) return null;
    return {
      id: bytesToHex(new Uint8Array(credential.rawId)),
      publicKey: bytesToHex(new Uint8Array(publicKey)),
    };
  } catch {
    return null;
  }
}

const base64Url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/**
 * Asks the phone's authenticator to vouch for the member, and checks its answer here: the challenge
 * just made, this origin, the user verified, and the signature under the key registered.
 */
export async function unlockWithPasskey(passkey: PasskeyRecord): Promise<boolean> {
  try {
    const challenge = own(randomBytes(32));
    const credential = (await navigator.credentials.get({
      publicKey: {
        challenge,
        allowCredentials: [{ type: 'public-key', id: own(hexToBytes(passkey.id)), transports: ['internal'] }],
        userVerification: 'required',
        timeout: 60_000,
      },
    })) as PublicKeyCredential | null;
    const response = credential?.response as AuthenticatorAssertionResponse | undefined;
    if (!credential || !response || bytesToHex(new Uint8Array(credential.rawId)) !== passkey.id) return false;
    const clientData = new Uint8Array(response.clientDataJSON);
    const client = JSON.parse(new TextDecoder().decode(clientData)) as Record<string, unknown>;
    if (client.type !== 'webauthn.get' || client.challenge !== base64Url(challenge)) return false;
    if (client.origin !== window.location.origin) return false;
    const authData = new Uint8Array(response.authenticatorData);
    // The first 32 bytes name the site the authenticator signed for: it must be this one.
    const rpIdHash = await sha256(window.location.hostname);
    if (rpIdHash.some((byte, i) => authData[i] !== byte)) return false;
    const flags = authData[32] ?? 0;
    if ((flags & USER_PRESENT) === 0 || (flags & USER_VERIFIED) === 0) return false;
    const signature = derToRawP256(new Uint8Array(response.signature));
    if (!signature) return false;
    const key = await crypto.subtle.importKey(
      'spki',
      own(hexToBytes(passkey.publicKey)),
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    const signed = new Uint8Array([...authData, ...(await sha256(clientData))]);
    return await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, own(signature), signed);
  } catch {
    return false;
  }
}
