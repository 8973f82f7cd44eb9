import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NO_FAILED_TRIES,
  isFailedTries,
  secondsToWait,
  waitSeconds,
  withFailure,
} from '../../../src/domain/lock/backoff';

const at = (count: number, now = 1_000_000) => {
  let tries = NO_FAILED_TRIES;
  for (let i = 0; i < count; i++) tries = withFailure(tries, now);
  return tries;
};

describe('waiting after wrong PINs', () => {
  it('lets three wrong PINs pass, then makes the member wait', () => {
    expect(secondsToWait(at(3), 1_000_000)).toBe(5);
    expect(secondsToWait(at(2), 1_000_000)).toBe(0);
    expect(secondsToWait(at(4), 1_000_000)).toBe(15);
  });

  it('counts the wait down and ends it', () => {
    const tries = at(4);
    expect(secondsToWait(tries, 1_000_000 + 10_500)).toBe(5);
    expect(secondsToWait(tries, 1_000_000 + 15_000)).toBe(0);
  });

  it('never shortens the wait as wrong PINs add up, and ends at an hour', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 200 }), (n) => waitSeconds(n + 1) >= waitSeconds(n)));
    expect(waitSeconds(10)).toBe(3600);
    expect(waitSeconds(500)).toBe(3600);
  });

  it('reads back only what it stored', () => {
    expect(isFailedTries(at(2))).toBe(true);
    expect(isFailedTries({ count: -1, lastAt: 0 })).toBe(false);
    expect(isFailedTries('3')).toBe(false);
  });
});
