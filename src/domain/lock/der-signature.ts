/**
 * An ECDSA P-256 signature as WebAuthn gives it (ASN.1 DER: SEQUENCE of two INTEGERs) turned into
 * the raw r‖s of 64 bytes that WebCrypto checks; null when the bytes are not such a signature.
 */
export function derToRawP256(der: Uint8Array): Uint8Array | null {
  if (der[0] !== 0x30 || der[1] !== der.length - 2) return null;
  const raw = new Uint8Array(64);
  let at = 2;
  for (const half of [0, 32]) {
    if (der[at] !== 0x02) return null;
    const length = der[at + 1] ?? 0;
    let value = der.subarray(at + 2, at + 2 + length);
    if (value.length !== length || length === 0) return null;
    // DER adds a leading zero to keep a high first bit positive; drop it (and any other padding).
    while (value.length > 32 && value[0] === 0) value = value.subarray(1);
    if (value.length > 32) return null;
    raw.set(value, half + 32 - value.length);
    at += 2 + length;
  }
  return at === der.length ? raw : null;
}
