import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowIdSet } from '../../src/domain/statement/row-ids';

/** What a plain `Set` answers for each id added in turn: whether it was new. */
const setAnswers = (ids: readonly string[]): boolean[] => {
  const seen = new Set<string>();
  return ids.map((id) => seen.size < seen.add(id).size);
};

const rowIdAnswers = (ids: readonly string[], capacity: number): boolean[] => {
  const seen = new RowIdSet(capacity);
  return ids.map((id) => seen.add(id));
};

describe('RowIdSet', () => {
  it('answers as a Set does for every id added, repeated or not, sized right or too small', () => {
    const id = fc.oneof(
      fc.constantFrom('', 'e-1', 'e-2', 'E-1', 'e-1\u0000', '\ud800', '0b8f6c1e-9f5a-4c1e-8c7d-000000000001'),
      fc.string({ unit: 'binary', maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(id, { maxLength: 200 }), fc.nat({ max: 3 }), (ids, shrink) => {
        const capacity = shrink === 0 ? ids.length : Math.floor(ids.length / (shrink + 1));
        expect(rowIdAnswers(ids, capacity)).toEqual(setAnswers(ids));
      }),
    );
  });

  it('stays exact when thousands of ids share their ends, and so their hashes', () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => `${i}-sama-akhirnya-0000000000000000`);
    const repeated = [...ids, ...ids.slice(0, 100)];
    expect(rowIdAnswers(repeated, repeated.length)).toEqual(setAnswers(repeated));
  });

  it('tells apart a busy year of ids that differ only in their last characters, and finds the one repeated', () => {
    const ids = Array.from(
      { length: 50_000 },
      (_, i) => `0b8f6c1e-9f5a-4c1e-8c7d-${i.toString(16).padStart(12, '0')}`,
    );
    const seen = new RowIdSet(ids.length + 1);
    expect(ids.every((id) => seen.add(id))).toBe(true);
    expect(seen.add(`0b8f6c1e-9f5a-4c1e-8c7d-${(31_337).toString(16).padStart(12, '0')}`)).toBe(false);
  });
});
