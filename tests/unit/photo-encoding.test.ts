import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../src/domain/photo/base64';
import {
  compressionSteps,
  PHOTO_FIRST_SIDE,
  PHOTO_LAST_SIDE,
} from '../../src/domain/photo/compression-steps';

describe('a photo in a backup', () => {
  it('comes back byte for byte from its base64, which is the platform’s own', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(fromBase64(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses text that is not base64', () => {
    expect(['abc', 'ab$=', 'a===', '====x'].map(fromBase64)).toEqual([null, null, null, null]);
  });
});

describe('the attempts at fitting a photo under the limit', () => {
  it('start at a readable size, step quality down, shrink, and stop at the smallest readable size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12_000 }), fc.integer({ min: 1, max: 12_000 }), (w, h) => {
        const steps = compressionSteps(w, h);
        const sides = steps.map((s) => Math.max(s.width, s.height));
        expect(sides[0]).toBe(Math.min(Math.max(w, h), PHOTO_FIRST_SIDE));
        expect(sides.at(-1)).toBeLessThanOrEqual(Math.max(PHOTO_LAST_SIDE, 1));
        for (let i = 1; i < steps.length; i++) {
          const [before, now] = [steps[i - 1], steps[i]];
          if (!before || !now) continue;
          expect(sides[i]).toBeLessThanOrEqual(sides[i - 1] ?? 0);
          if (sides[i] === sides[i - 1]) expect(now.quality).toBeLessThan(before.quality);
        }
      }),
    );
  });

  it('keeps the picture’s shape and never draws it larger than it was taken', () => {
    const steps = compressionSteps(4000, 3000);
    expect(steps[0]).toEqual({ width: 1600, height: 1200, quality: 0.8 });
    expect(compressionSteps(300, 200)).toEqual([
      { width: 300, height: 200, quality: 0.8 },
      { width: 300, height: 200, quality: 0.65 },
      { width: 300, height: 200, quality: 0.5 },
    ]);
    expect(compressionSteps(0, 10)).toEqual([]);
  });
});
