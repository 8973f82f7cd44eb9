import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RECOVERY_CODE_LENGTH,
  groupRecoveryCode,
  newRecoveryCode,
  readRecoveryCode,
} from '../../../src/domain/lock/recovery-code';

describe('the recovery code', () => {
  it('is 20 characters of base 32, different every time', () => {
    const codes = new Set(Array.from({ length: 50 }, newRecoveryCode));
    expect(codes.size).toBe(50);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
  });

  it('is shown in five groups of four', () => {
    expect(groupRecoveryCode('ABCD0123EFGH4567JKMN')).toEqual(['ABCD', '0123', 'EFGH', '4567', 'JKMN']);
  });

  it('reads back however the member typed the groups', () => {
    fc.assert(
      fc.property(fc.constant(null).map(newRecoveryCode), fc.constantFrom(' ', '-', '  '), (code, gap) => {
        const typed = groupRecoveryCode(code).join(gap).toLowerCase();
        expect(readRecoveryCode(typed)).toBe(code);
      }),
    );
  });

  it('reads O, I and L as the digits they look like, and refuses a short or foreign code', () => {
    expect(readRecoveryCode('O1I1-L000-0000-0000-0000')).toBe('01111000000000000000');
    expect(readRecoveryCode('ABCD-0123')).toBeNull();
    expect(readRecoveryCode('U'.repeat(RECOVERY_CODE_LENGTH))).toBeNull();
  });
});
