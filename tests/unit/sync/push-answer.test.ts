import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RETRY_BASE_MS, RETRY_CAP_MS, retryDelay } from '../../../src/domain/sync/backoff';
import { readPushAnswer } from '../../../src/domain/sync/push-answer';
import type { WireRevision } from '../../../src/domain/sync/wire';

const sent: WireRevision[] = [
  { seq: 4, prevHash: '3'.repeat(64), hash: '4'.repeat(64), ciphertext: 'AQID' },
  { seq: 5, prevHash: '4'.repeat(64), hash: '5'.repeat(64), ciphertext: 'AQID' },
];
const error = (code: string, message = 'Ditolak.') => ({ error: { code, message } });

describe('push answers', () => {
  it('take a 200 whose tip is the last revision sent as stored, with its receipt', () => {
    const body = { tip: { seq: 5, hash: '5'.repeat(64) }, receipt: 'a.b.c' };
    expect(readPushAnswer({ status: 200, body }, sent)).toEqual({ kind: 'stored', ...body });
    const elsewhere = { ...body, tip: { seq: 7, hash: '7'.repeat(64) } };
    expect(readPushAnswer({ status: 200, body: elsewhere }, sent)).toEqual({ kind: 'replan' });
    expect(readPushAnswer({ status: 200, body: { tip: 5 } }, sent)).toEqual({ kind: 'retry' });
  });

  it('plan again after a gap, and stop at a mismatch or a fork without merging', () => {
    expect(readPushAnswer({ status: 409, body: error('chain.gap') }, sent)).toEqual({ kind: 'replan' });
    for (const code of ['chain.mismatch', 'chain.fork'])
      expect(readPushAnswer({ status: 409, body: error(code) }, sent)).toEqual({ kind: 'fork', code });
  });

  it('pass other refusals on with the server’s own words, never to be retried', () => {
    expect(
      readPushAnswer({ status: 401, body: error('device.revoked', 'Perangkat dicabut.') }, sent),
    ).toEqual({
      kind: 'refused',
      status: 401,
      code: 'device.revoked',
      message: 'Perangkat dicabut.',
    });
    expect(readPushAnswer({ status: 404, body: '<html>' }, sent)).toEqual({
      kind: 'refused',
      status: 404,
      code: 'http.404',
      message: '',
    });
  });

  it('retry after a lost connection, a busy or failing server, keeping its Retry-After', () => {
    expect(readPushAnswer({ status: 'network-failed' }, sent)).toEqual({ kind: 'retry' });
    expect(readPushAnswer({ status: 503, body: null }, sent)).toEqual({ kind: 'retry' });
    expect(readPushAnswer({ status: 429, body: error('rate'), retryAfterS: 30 }, sent)).toEqual({
      kind: 'retry',
      retryAfterS: 30,
    });
  });
});

describe('retry delays', () => {
  it('grow from the base, spread by jitter, and never pass the cap', () => {
    expect(retryDelay(0, () => 0.999)).toBeLessThan(RETRY_BASE_MS);
    expect(retryDelay(3, () => 0.5)).toBe(RETRY_BASE_MS * 4);
    fc.assert(
      fc.property(fc.nat(10_000), fc.double({ min: 0, max: 0.999999, noNaN: true }), (attempt, r) => {
        const delay = retryDelay(attempt, () => r);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(RETRY_CAP_MS);
      }),
    );
  });

  it('wait at least what the server asked, up to the cap', () => {
    expect(retryDelay(0, () => 0, 45)).toBe(45_000);
    expect(retryDelay(0, () => 0, 86_400)).toBe(RETRY_CAP_MS);
  });
});
