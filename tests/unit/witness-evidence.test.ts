import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Revision } from '../../src/domain/model';
import { hashedRevisionText } from '../../src/domain/revisions';
import {
  witnessEvidenceLines,
  witnessEvidenceText,
  withWitnessEvidence,
} from '../../src/domain/sync/witness-evidence';

/** Notes a member may type: line breaks, commas, quotes and the layout's own words among them. */
const note = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('a,\nb', ',"revisions":[\n', '\n]}', '"', '\\', '\u2028', '\ud800', 'Rp 1.250.000'),
);

const revision = fc.record({
  bookId: fc.constantFrom('8c6a1f6e-0f5e-4c2b-9a57-3f0f3c1d2b10', 'B"\n'),
  seq: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  subjectId: fc.string({ minLength: 1, maxLength: 10 }),
  action: fc.constantFrom('create', 'edit', 'void'),
  at: fc.constant('2026-03-02T01:15:00.000Z'),
  snapshot: fc.record({
    subject: fc.constantFrom('entry', 'transfer'),
    date: fc.constant('2026-03-02'),
    amount: fc.integer({ min: 1, max: 10_000_000 }),
    note,
    voided: fc.boolean(),
  }),
  prevHash: fc.constantFrom('', 'a'.repeat(64)),
  hash: fc.constant('f'.repeat(64)),
});

describe("the app's layout of witness evidence", () => {
  it('is the evidence as JSON, each revision on a line of its own as the text its hash covers', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(revision, { maxLength: 5 }), (bookId, list) => {
        const revisions = list as Revision[];
        const text = witnessEvidenceText(bookId, revisions);
        expect(JSON.parse(text)).toEqual({
          bookId,
          revisions: revisions.map(({ hash: _hash, ...hashed }) => hashed),
        });
        const parts = witnessEvidenceLines(text);
        expect(parts && JSON.parse(parts.bookId)).toBe(bookId);
        expect(parts?.lines).toEqual(revisions.map((r) => hashedRevisionText(r)));
      }),
      { numRuns: 1000 },
    );
  });

  it('is not found in evidence written otherwise, which is left to be read whole', () => {
    const revisions = [
      { bookId: 'b', seq: 1, subjectId: 's', action: 'create', at: '', snapshot: {}, prevHash: '' },
    ];
    expect(witnessEvidenceLines(JSON.stringify({ bookId: 'b', revisions }))).toBeNull();
    expect(witnessEvidenceLines(JSON.stringify({ bookId: 'b', revisions }, null, 2))).toBeNull();
    expect(witnessEvidenceLines('{"bookId":"b","revisions":[{"seq":1}\n]}')).toBeNull();
  });

  it('is appended to the envelope as its last member, the envelope unchanged', () => {
    const envelope = '{"format":"lumbung-statement/1","signature":"x"}\n';
    const sent = withWitnessEvidence(envelope, witnessEvidenceText('b', []));
    expect(sent).toBe(
      '{"format":"lumbung-statement/1","signature":"x","witness":{"bookId":"b","revisions":[\n]}}',
    );
    expect(JSON.parse(sent)).toEqual({
      format: 'lumbung-statement/1',
      signature: 'x',
      witness: { bookId: 'b', revisions: [] },
    });
  });
});
