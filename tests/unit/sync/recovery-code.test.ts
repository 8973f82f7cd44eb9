import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatRecoveryCode,
  newRecoveryCode,
  parseRecoveryCode,
  RECOVERY_CODE_SYMBOLS,
} from '../../../src/domain/sync/recovery-code';
import { present } from '../../support/domain/sync-chain';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const shifted = (char: string, shift: number) => ALPHABET.charAt((ALPHABET.indexOf(char) + shift) % 32);
const codeOf = (text: string) => {
  const parsed = parseRecoveryCode(text);
  return parsed.ok ? 'accepted' : parsed.errors[0]?.code;
};

describe('recovery codes', () => {
  it('are six groups of four characters with no lookalikes, and type back in any case and spacing', () => {
    for (let i = 0; i < 200; i++) {
      const shown = formatRecoveryCode(newRecoveryCode());
      expect(shown).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}$/);
      expect(parseRecoveryCode(shown)).toEqual({ ok: true, value: shown.replace(/-/g, '') });
      expect(parseRecoveryCode(` ${shown.toLowerCase().replace(/-/g, ' ')} `).ok).toBe(true);
    }
  });

  it('read a written O as zero and I or L as one', () => {
    const code = formatRecoveryCode(newRecoveryCode());
    const alike = code.replace(/0/g, 'O').replace(/1/g, () => (Math.random() < 0.5 ? 'I' : 'l'));
    expect(parseRecoveryCode(alike)).toEqual(parseRecoveryCode(code));
  });

  it('are each new: two hundred codes never repeat', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newRecoveryCode()));
    expect(codes.size).toBe(200);
  });

  it('catch every wrong character and every swap of two neighbours as a typo', () => {
    fc.assert(
      fc.property(
        fc.nat(RECOVERY_CODE_SYMBOLS - 1),
        fc.integer({ min: 1, max: 31 }),
        fc.nat(RECOVERY_CODE_SYMBOLS - 2),
        (at, shift, swapAt) => {
          const code = newRecoveryCode();
          const chars = [...code];
          const typo = chars.slice();
          typo[at] = shifted(present(chars[at]), shift);
          expect(codeOf(typo.join(''))).toBe('sync.recoveryCodeTypo');
          const swapped = chars.slice();
          [swapped[swapAt], swapped[swapAt + 1]] = [present(chars[swapAt + 1]), present(chars[swapAt])];
          if (swapped[swapAt] !== chars[swapAt])
            expect(codeOf(swapped.join(''))).toBe('sync.recoveryCodeTypo');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('catch any two wrong characters', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(RECOVERY_CODE_SYMBOLS - 1), { minLength: 2, maxLength: 2 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 1, max: 31 }),
        (pair, shiftA, shiftB) => {
          const chars = [...newRecoveryCode()];
          const [a, b] = [present(pair[0]), present(pair[1])];
          chars[a] = shifted(present(chars[a]), shiftA);
          chars[b] = shifted(present(chars[b]), shiftB);
          expect(codeOf(chars.join(''))).toBe('sync.recoveryCodeTypo');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('call a code of the wrong length or with a letter outside the alphabet malformed', () => {
    const code = formatRecoveryCode(newRecoveryCode());
    expect(codeOf(code.slice(0, -1))).toBe('sync.recoveryCodeMalformed');
    expect(codeOf(`${code}7`)).toBe('sync.recoveryCodeMalformed');
    expect(codeOf(`U${code.slice(1)}`)).toBe('sync.recoveryCodeMalformed');
    expect(codeOf('')).toBe('sync.recoveryCodeMalformed');
  });
});
