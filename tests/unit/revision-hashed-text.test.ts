import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import canonicalize from 'canonicalize';
import { hashedRevisionText } from '../../src/domain/revisions';

/** Any text: escapes, control characters, astral characters and lone surrogates included. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    '"',
    '\\',
    '\u0000',
    '\u001f',
    '\u2028',
    '\ud800',
    '\udc00x',
    'a\ud83d\ude00b',
    '\u007f',
  ),
);

const leaf = fc.oneof(
  anyText,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

const snapshotValue = fc.oneof(
  { weight: 4, arbitrary: leaf },
  fc.array(leaf, { maxLength: 3 }),
  fc.dictionary(anyText, leaf, { maxKeys: 3 }),
);

const snapshot = fc.oneof(
  fc.record({
    subject: fc.constantFrom('entry', 'transfer'),
    date: anyText,
    direction: fc.constantFrom('in', 'out'),
    amount: fc.integer(),
    categoryId: anyText,
    accountId: anyText,
    note: anyText,
    counterparty: anyText,
    voided: fc.boolean(),
  }),
  fc.dictionary(anyText, snapshotValue, { maxKeys: 8 }),
);

const revision = fc.record(
  {
    bookId: anyText,
    seq: fc.oneof(
      fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    ),
    subjectId: anyText,
    action: anyText,
    at: anyText,
    reason: fc.oneof(anyText, fc.constant(undefined)),
    snapshot,
    prevHash: anyText,
    hash: anyText,
  },
  { requiredKeys: ['bookId', 'seq', 'subjectId', 'action', 'at', 'snapshot', 'prevHash'] },
);

/** The RFC 8785 form of a revision without its hash, value by value, as the chain has always hashed it. */
const generic = (value: Record<string, unknown>) => {
  const unsigned = { ...value };
  delete unsigned.hash;
  return canonicalize(unsigned);
};

describe('the hashed text of a revision', () => {
  it('is byte for byte the generic canonical JSON, for any fields and snapshot', () => {
    fc.assert(
      fc.property(revision, (value) => {
        expect(hashedRevisionText(value as never)).toBe(generic(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('is the same text as before for any other shape', () => {
    const base = {
      bookId: 'b',
      seq: 1,
      subjectId: 's',
      action: 'create',
      at: '2026-03-02T01:15:00.000Z',
      snapshot: { subject: 'entry', amount: 1 },
      prevHash: '',
    };
    const others: Record<string, unknown>[] = [
      { ...base, extra: 1 },
      { ...base, seq: '1' },
      { ...base, at: undefined },
      { ...base, reason: 7 },
      { ...base, snapshot: [1, 2] },
      { ...base, snapshot: { when: new Date(0) } },
      { ...base, snapshot: { toJSON: 'kept' } },
      { ...base, seq: 2 ** 53 + 2 },
    ];
    for (const other of others) {
      expect(hashedRevisionText(other as never)).toBe(generic(other));
    }
    expect(() => hashedRevisionText({ ...base, seq: Number.NaN } as never)).toThrow('NaN is not allowed');
  });
});
