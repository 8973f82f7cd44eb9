import fc from 'fast-check';
import { expect, it } from 'vitest';
import { jsonbText } from '../../server/db/jsonb';

// What reaches a jsonb column: the value as JSON, each U+0000 in its text read as U+FFFD.

const withNul = fc
  .array(fc.constantFrom('\u0000', '\\', 'u0000', '"', 'a', '\ud800', '\u{1f33e}'), { maxLength: 12 })
  .map((parts) => parts.join(''));

const values = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    withNul,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(withNul, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** The value with U+0000 read as U+FFFD in every string and member name. */
function withoutNul(value: unknown): unknown {
  if (typeof value === 'string') return value.replaceAll('\u0000', '\uFFFD');
  if (Array.isArray(value)) return value.map(withoutNul);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [withoutNul(key), withoutNul(item)]),
    );
  return value;
}

it('writes every U+0000 as U+FFFD and leaves every other character, backslashes included', () => {
  expect(jsonbText({ member: 'KSP\u00000421', note: '\\u0000' })).toBe(
    '{"member":"KSP\uFFFD0421","note":"\\\\u0000"}',
  );
  fc.assert(
    fc.property(values, (value) => {
      const text = jsonbText(value);
      expect(text).not.toMatch(/(?<!\\)(?:\\\\)*\\u0000/);
      expect(JSON.parse(text)).toEqual(withoutNul(value));
    }),
    { numRuns: 1000 },
  );
});
