import fc from 'fast-check';
import { expect, it } from 'vitest';
import { parseStrictJson } from '../../src/domain/strict-json';
import { witnessEvidenceText } from '../../src/domain/sync/witness-evidence';
import { readWitnessText } from '../../server/statements/evidence-lines';

// Evidence in the app's layout is read line by line; what it reads must be exactly what the strict
// parse of the whole text reads, and a text it refuses must be refused as the whole parse refuses it.

const revision = fc.record({
  bookId: fc.constant('b'),
  seq: fc.integer({ min: 1, max: 99 }),
  subjectId: fc.constantFrom('e1', 'e2'),
  action: fc.constant('create'),
  at: fc.constant(''),
  snapshot: fc.record({ amount: fc.integer(), note: fc.constantFrom('', 'a,\nb', '"seq":1,', '\n]}') }),
  prevHash: fc.constant(''),
});

/** Ways a sender might stray from the layout: a member named twice, a line broken or widened, the end cut. */
const changes = fc.constantFrom(
  (text: string) => text,
  (text: string) => text.replace('"seq":', '"seq":1,"seq":'),
  (text: string) => text.replace('{"action"', '{ "action"'),
  (text: string) => text.replace(',"bookId"', ',\n"bookId"'),
  (text: string) => text.replace('\n]}', ']}'),
  (text: string) => text.replace(/,\n/, '\n,'),
  (text: string) => text.replace('"revisions":[', '"revisions":[{}'),
  (text: string) => `${text.slice(0, -3)},\n{"bookId":"b"}\n]}`,
);

it('reads evidence in the app layout exactly as the strict parse of the whole text', () => {
  fc.assert(
    fc.property(fc.array(revision, { maxLength: 4 }), changes, (revisions, change) => {
      // The snapshots are of no record's shape: the layout carries any.
      const text = change(witnessEvidenceText('b', revisions as never));
      const read = readWitnessText(text);
      const whole = parseStrictJson(text);
      expect(read.ok).toBe(whole.ok);
      if (read.ok && whole.ok) expect(read.value).toEqual(whole.value);
      // Texts are kept only for lines that are each one revision, as they stand in the text.
      if (read.ok && read.texts !== undefined) {
        const listed = (read.value as { revisions: unknown[] }).revisions;
        expect(read.texts.map((line) => JSON.parse(line) as unknown)).toEqual(listed);
        for (const line of read.texts) expect(text).toContain(`\n${line}`);
      }
    }),
    { numRuns: 2000 },
  );
});
