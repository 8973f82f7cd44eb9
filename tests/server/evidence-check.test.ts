import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATEMENT_LIMITS } from '../../src/domain/statement/schema';
import { evidenceRevisionSchema, evidenceSchema } from '../../server/statements/evidence';
import { isEvidenceRevision, parseEvidence } from '../../server/statements/evidence-check';

// The evidence's revisions are checked by hand (a hundred thousand cost the schema a second): the
// check must take and refuse exactly what the schema does, and the evidence read must be the
// schema's answer, its refusals with the schema's own issues.

const L = STATEMENT_LIMITS;
const HASH = 'ab'.repeat(32);

/** Strings at and around each bound the schema sets. */
const text = fc.oneof(
  fc.constantFrom('', 'a', 'é', '\ud800', 'x'.repeat(40), 'x'.repeat(41), 'x'.repeat(100), 'x'.repeat(101)),
  fc.constantFrom('x'.repeat(L.id), 'x'.repeat(L.id + 1), 'r'.repeat(1000), 'r'.repeat(1001)),
  fc.constantFrom(HASH, HASH.toUpperCase(), `${HASH}0`, HASH.slice(1), `${HASH.slice(2)}\n`),
  fc.string({ maxLength: 12 }),
);
const number = fc.oneof(
  fc.constantFrom(0, 1, 2, -1, 1.5, 2 ** 31 - 1, 2 ** 31, 2 ** 53, -0, 1e-7),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 2 }),
    fc.dictionary(text, tie('value'), { maxKeys: 3 }),
  ),
})).value;
const snapshot = fc.oneof(
  fc.dictionary(fc.oneof(text, fc.constantFrom('subject', 'x'.repeat(100), 'y'.repeat(101))), json, {
    maxKeys: 4,
  }),
  json,
);

/** Revisions of the schema's shape and near it: each member valid, at a bound, of another kind, or missing. */
const revision = fc
  .record(
    {
      bookId: fc.oneof(fc.constant('0b7e6f2c-6f9e-4c3e-9a52-1d1c2e3f4a5b'), text, json),
      seq: fc.oneof(number, json),
      subjectId: fc.oneof(fc.constant('e1'), text, json),
      action: fc.oneof(fc.constant('create'), text, json),
      at: fc.oneof(fc.constant('2026-03-02T01:15:00.000Z'), text, json),
      reason: fc.oneof(text, json),
      snapshot: fc.oneof(fc.constant({ subject: 'entry', amount: 1 }), snapshot),
      prevHash: fc.oneof(fc.constantFrom('', HASH), text, json),
      extra: json,
    },
    { requiredKeys: [] },
  )
  // As the server receives it: parsed JSON text.
  .map((value) => JSON.parse(JSON.stringify(value)) as unknown);

/** A revision the schema takes, to mix into arrays with others. */
const valid = {
  bookId: '0b7e6f2c-6f9e-4c3e-9a52-1d1c2e3f4a5b',
  seq: 1,
  subjectId: 'e1',
  action: 'create',
  at: '2026-03-02T01:15:00.000Z',
  snapshot: { subject: 'entry', amount: 1 },
  prevHash: '',
};

describe('the evidence check by hand', () => {
  it('takes and refuses each revision exactly as the schema does', () => {
    fc.assert(
      fc.property(fc.oneof(revision, json), (value) => {
        expect(isEvidenceRevision(value)).toBe(evidenceRevisionSchema.safeParse(value).success);
      }),
      { numRuns: 5000 },
    );
  });

  it('takes revisions whose every member is valid', () => {
    expect(isEvidenceRevision(valid)).toBe(true);
    expect(isEvidenceRevision({ ...valid, reason: 'ubah', prevHash: HASH, seq: 2 ** 31 - 1 })).toBe(true);
    expect(isEvidenceRevision({ ...valid, seq: 2 ** 31 })).toBe(false);
    expect(isEvidenceRevision({ ...valid, snapshot: JSON.parse('{"__proto__":1}') })).toBe(false);
    expect(
      evidenceRevisionSchema.safeParse({ ...valid, snapshot: JSON.parse('{"__proto__":1}') }).success,
    ).toBe(true);
  });

  it('reads an evidence as the schema reads it: the same data, or the same issues', () => {
    const evidence = fc
      .record(
        {
          bookId: fc.oneof(fc.constant('0B7E6F2C-6F9E-4C3E-9A52-1D1C2E3F4A5B'), text, json),
          revisions: fc.oneof(fc.array(fc.oneof(fc.constant(valid), revision), { maxLength: 4 }), json),
          extra: json,
        },
        { requiredKeys: [] },
      )
      .map((value) => JSON.parse(JSON.stringify(value)) as unknown);
    fc.assert(
      fc.property(fc.oneof(evidence, json), (value) => {
        const read = parseEvidence(value);
        const schema = evidenceSchema.safeParse(value);
        expect(read.success).toBe(schema.success);
        if (read.success && schema.success) expect(read.data).toEqual(schema.data);
        else expect(read.error?.issues).toEqual(schema.error?.issues);
      }),
      { numRuns: 3000 },
    );
  });
});
