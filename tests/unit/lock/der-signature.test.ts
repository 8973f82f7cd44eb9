import { describe, expect, it } from 'vitest';
import { derToRawP256 } from '../../../src/domain/lock/der-signature';
import { generateEcP256KeyPair, utf8 } from '../../../src/domain/platform';

/** DER of a raw r‖s, as an authenticator writes it. */
function toDer(raw: Uint8Array): Uint8Array {
  const integer = (bytes: Uint8Array) => {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start++;
    const body = bytes.subarray(start);
    const padded = (body[0] ?? 0) & 0x80 ? Uint8Array.of(0, ...body) : body;
    return [0x02, padded.length, ...padded];
  };
  const seq = [...integer(raw.subarray(0, 32)), ...integer(raw.subarray(32))];
  return Uint8Array.of(0x30, seq.length, ...seq);
}

describe('a WebAuthn signature for WebCrypto', () => {
  it('turns DER back into the r‖s that verifies', async () => {
    const keys = await generateEcP256KeyPair(false);
    const data = utf8('authenticator data and client hash');
    for (let i = 0; i < 8; i++) {
      const raw = new Uint8Array(
        await crypto.subtle.sign(
          { name: 'ECDSA', hash: 'SHA-256' },
          keys.privateKey as CryptoKey,
          new Uint8Array(data),
        ),
      );
      const back = derToRawP256(toDer(raw));
      expect(back).toEqual(raw);
    }
  });

  it('refuses bytes that are not a DER signature', () => {
    expect(derToRawP256(new Uint8Array(64))).toBeNull();
    expect(derToRawP256(Uint8Array.of(0x30, 3, 0x02, 1, 1))).toBeNull();
    expect(derToRawP256(Uint8Array.of(0x30, 6, 0x02, 1, 1, 0x02, 2, 1))).toBeNull();
  });
});
