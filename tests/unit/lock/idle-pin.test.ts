import { describe, expect, it } from 'vitest';
import { idleLongEnough } from '../../../src/domain/lock/idle';
import { newPinProblem } from '../../../src/domain/lock/pin';

describe('a new PIN', () => {
  it('takes 4 to 6 digits typed twice the same', () => {
    expect(newPinProblem('1234', '1234')).toBeNull();
    expect(newPinProblem('123456', '123456')).toBeNull();
    expect(newPinProblem('123', '123')).toBe('lock.pin.digits');
    expect(newPinProblem('1234567', '1234567')).toBe('lock.pin.digits');
    expect(newPinProblem('12a4', '12a4')).toBe('lock.pin.digits');
    expect(newPinProblem('١٢٣٤', '١٢٣٤')).toBe('lock.pin.digits');
    expect(newPinProblem('1234', '1243')).toBe('lock.pin.mismatch');
  });
});

describe('locking after idle time', () => {
  const now = 10_000_000;
  it('locks once the chosen minutes have passed, not before', () => {
    expect(idleLongEnough(now - 4 * 60_000, now, 5)).toBe(false);
    expect(idleLongEnough(now - 5 * 60_000, now, 5)).toBe(true);
  });

  it('locks on every opening when set to lock at once, when the last use is unknown, or the clock went back', () => {
    expect(idleLongEnough(now - 10, now, 0)).toBe(true);
    expect(idleLongEnough(0, now, 15)).toBe(true);
    expect(idleLongEnough(now + 60_000, now, 15)).toBe(true);
  });
});
