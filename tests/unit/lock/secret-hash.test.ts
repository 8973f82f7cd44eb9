import { describe, expect, it } from 'vitest';
import { hashSecret, isSecretHash, secretMatches } from '../../../src/domain/lock/secret-hash';

// Few rounds keep the test quick; the rounds are part of the stored hash, so the check follows them.
const ROUNDS = 1000;

describe('the PIN hash', () => {
  it('accepts the PIN it was made from and refuses any other', async () => {
    const stored = await hashSecret('482913', ROUNDS);
    expect(await secretMatches('482913', stored)).toBe(true);
    expect(await secretMatches('482914', stored)).toBe(false);
    expect(await secretMatches('48291', stored)).toBe(false);
  });

  it('keeps neither the PIN nor the same hash twice (a fresh salt each time)', async () => {
    const a = await hashSecret('1234', ROUNDS);
    const b = await hashSecret('1234', ROUNDS);
    expect(JSON.stringify(a)).not.toContain('1234');
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(isSecretHash(a)).toBe(true);
  });

  it('refuses stored values of the wrong shape', () => {
    expect(isSecretHash(null)).toBe(false);
    expect(isSecretHash({ scheme: 'pbkdf2-sha256', iterations: 0, salt: '00', hash: '00' })).toBe(false);
    expect(isSecretHash({ scheme: 'md5', iterations: 1, salt: '0'.repeat(32), hash: '0'.repeat(64) })).toBe(
      false,
    );
  });
});
