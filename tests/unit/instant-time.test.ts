import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantTime } from '../../src/domain/dates';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** ISO-shaped text with any digits in each field: real instants, impossible days and hours, tiny years. */
const isoShaped = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
    fc.option(fc.integer({ min: 0, max: 999 })),
  )
  .map(
    ([y, mo, d, h, mi, s, ms]) =>
      `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${ms === null ? '' : `.${pad(ms, 3)}`}Z`,
  );

describe('the time of an instant', () => {
  it('is what Date gives for any instant the app writes, and for any ISO-shaped or other text', () => {
    const instants = fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    fc.assert(
      fc.property(fc.oneof(instants, isoShaped, fc.string()), (text) => {
        expect(instantTime(text)).toBe(new Date(text).getTime());
      }),
      { numRuns: 3000 },
    );
  });
});
