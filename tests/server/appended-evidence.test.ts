import fc from 'fast-check';
import { expect, it } from 'vitest';
import { parseStrictJson } from '../../src/domain/strict-json';
import { appendedEvidence } from '../../server/statements/appended-evidence';

// A statement with the app's evidence appended is read in two parts; the parts must say exactly
// what the strict parse of the whole says, and any text where they might not is left to that parse.

const names = fc.constantFrom('format', 'statement', 'witness', 'a', 'seq', 'w"x');
const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(',"witness":', '}', '\\', 'text'),
    fc.integer(),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(names, tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** Texts of the app's shape and near it: members (some repeated), spaces, the witness appended. */
const texts = fc
  .record({
    members: fc.array(fc.tuple(names, json), { maxLength: 4 }),
    witness: json,
    space: fc.constantFrom('', ' ', '\n', '\t\r\n', '\u00a0'),
    repeat: fc.boolean(),
  })
  .map(({ members, witness, space, repeat }) => {
    const inner = members.map(([name, value]) => `${JSON.stringify(name)}:${JSON.stringify(value)}`);
    const witnessText = JSON.stringify(witness);
    const tail = repeat ? `${witnessText.replace(/\}$/, '')}${witnessText}` : witnessText;
    return `{${space}${inner.join(',')}${space},"witness":${tail}${space}}${space}`;
  });

it('reads an appended evidence exactly as the strict parse of the whole file, or leaves it to that parse', () => {
  let splits = 0;
  fc.assert(
    fc.property(texts, (text) => {
      const split = appendedEvidence(text);
      const whole = parseStrictJson(text);
      if (split === null) return;
      splits += 1;
      expect(whole.ok).toBe(true);
      const envelope = parseStrictJson(split.envelope);
      expect(envelope.ok && { ...(envelope.value as object), witness: split.witness }).toEqual(
        whole.ok && whole.value,
      );
    }),
    { numRuns: 3000 },
  );
  // Most texts of the app's shape take the split; the property is not met by refusing them all.
  expect(splits).toBeGreaterThan(300);
});

it('splits the file the app sends, and refuses a name repeated inside the evidence', () => {
  const file = '{\n  "format": "lumbung.statement/1",\n  "statement": {"a": 1}\n}\n';
  const sent = `${file.replace(/\}\s*$/, '')},"witness":{"bookId":"b","revisions":[{"seq":1}]}}`;
  expect(appendedEvidence(sent)).toEqual({
    envelope: '{\n  "format": "lumbung.statement/1",\n  "statement": {"a": 1}\n}',
    witness: { bookId: 'b', revisions: [{ seq: 1 }] },
  });
  expect(appendedEvidence(sent.replace('{"seq":1}', '{"seq":1,"seq":2}'))).toBeNull();
  expect(parseStrictJson(sent.replace('{"seq":1}', '{"seq":1,"seq":2}')).ok).toBe(false);
  expect(appendedEvidence('{,"witness":{}}')).toBeNull();
});
