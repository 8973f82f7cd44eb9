import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fingerprintOf,
  fromBase64url,
  groupsOfFour,
  normalizeFingerprint,
  toBase32,
  toBase64url,
  toWinAnsi,
} from '../../src/domain/statement';
import { testSigner } from '../support/domain/statement-fixture';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('base64url and base32 (RFC 4648)', () => {
  it('base64url matches Node’s encoder and round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64url(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses text that is not canonical unpadded base64url', () => {
    for (const text of ['a', 'ab=', 'a+b/', 'ab c', 'AB']) expect(fromBase64url(text)).toBeNull();
    expect(fromBase64url('AA')).toEqual(new Uint8Array([0]));
  });

  it('base32 gives the RFC 4648 test vectors, without padding', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'MY'],
      ['fo', 'MZXQ'],
      ['foo', 'MZXW6'],
      ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI'],
    ];
    for (const [input, output] of vectors) expect(toBase32(ascii(input))).toBe(output);
  });
});

describe('key fingerprints', () => {
  it('are SHA-256 of the SPKI bytes, base32, 16 characters in groups of four', async () => {
    const signer = await testSigner();
    const { createHash, createPublicKey } = await import('node:crypto');
    const spki = createPublicKey({ key: { ...signer.publicKey }, format: 'jwk' }).export({
      type: 'spki',
      format: 'der',
    });
    const digest = new Uint8Array(createHash('sha256').update(spki).digest());
    expect(await fingerprintOf(signer.publicKey)).toBe(groupsOfFour(toBase32(digest).slice(0, 16)));
  });

  it('are read back from what a person types', () => {
    expect(normalizeFingerprint('abcd efgh-ijkl mnop')).toBe('ABCD-EFGH-IJKL-MNOP');
    expect(normalizeFingerprint('ABCD-EFGH-IJKL-MNO1')).toBeNull();
    expect(normalizeFingerprint('ABCD')).toBeNull();
  });
});

describe('text for the PDF’s standard fonts', () => {
  const winAnsi = new Set([...Array.from({ length: 95 }, (_, i) => i + 32), 0xe9, 0x2026, 0x201c, 0x201d]);

  it('keeps what the font has and replaces the rest', () => {
    expect(toWinAnsi('Kas → BRI ≥ 1 − 2', winAnsi)).toBe('Kas -> BRI >= 1 - 2');
    expect(toWinAnsi('Café “Ibu” …', winAnsi)).toBe('Café “Ibu” …');
    expect(toWinAnsi('Ñoño', winAnsi)).toBe('Nono');
    expect(toWinAnsi('panen 🌾 织', winAnsi)).toBe('panen ? ?');
    expect(toWinAnsi('baris\r\nbaru\tdan\u0000', winAnsi)).toBe('baris  baru dan ');
  });

  it('never yields a character the font lacks, whatever the book holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        for (const char of toWinAnsi(text, winAnsi))
          expect(winAnsi.has(char.codePointAt(0) ?? -1)).toBe(true);
      }),
    );
  });
});
