import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/domain/canonical';

/** What the text was before plain values took the native path: `canonicalize`, value by value. */
const valueByValue = (value: unknown): string | undefined => canonicalize(value);

/** Member names that sort and list in awkward ways: digits, prototype names, non-ASCII, astral. */
const awkwardKey = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom(
    '1',
    '10',
    '2',
    '01',
    'constructor',
    'toString',
    'toJSON',
    '__proto__',
    'é',
    'e',
    '😀',
    '\uffff',
    'Z',
    'a',
  ),
);

const plainTree = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'grapheme', maxLength: 8 }),
    fc.string({ unit: 'binary', maxLength: 4 }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(awkwardKey, tie('value'), { maxKeys: 5 }),
  ),
})).value;

describe('canonicalJson', () => {
  it('writes every plain value as canonicalize does, member order, escapes and numbers included', () => {
    fc.assert(
      fc.property(plainTree, (value) => {
        let expected: string | undefined;
        try {
          expected = valueByValue(value);
        } catch (error) {
          expect(() => canonicalJson(value)).toThrow((error as Error).message);
          return;
        }
        if (expected === undefined) expect(() => canonicalJson(value)).toThrow(TypeError);
        else expect(canonicalJson(value)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes values that are not plain (dates, toJSON, sparse arrays, prototypes) as canonicalize does', () => {
    class Point {
      constructor(
        readonly y: number,
        readonly x: number,
      ) {}
    }
    const sparse: unknown[] = [1];
    sparse[2] = 3;
    const values: unknown[] = [
      { at: new Date(Date.UTC(2026, 0, 2)), b: 1 },
      { b: { toJSON: () => ({ z: 1, a: 2 }) }, a: 0 },
      { list: sparse },
      { p: new Point(1, 2) },
      { n: -0, e: 1e21, f: 0.1 + 0.2 },
      Object.assign(Object.create(null) as object, { b: 1, a: 2 }),
      JSON.parse('{"__proto__": {"b": 1, "a": 2}, "c": 3}'),
      { 2: 'b', 10: 'a', x: 'c' },
    ];
    for (const value of values) expect(canonicalJson(value)).toBe(valueByValue(value));
  });

  it('refuses what has no JSON form as before', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow('NaN is not allowed');
    expect(() => canonicalJson([Number.POSITIVE_INFINITY])).toThrow('Infinity is not allowed');
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });
});
