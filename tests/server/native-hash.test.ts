import fc from 'fast-check';
import { expect, it } from 'vitest';
import { sha256HexSync, utf8 } from '../../src/domain/platform';
import { hashRevision } from '../../src/domain/revisions';
import { nodeSha256Hex, useNodeSha256 } from '../../server/native-hash';

// The server hashes revisions with node:crypto, the app with portable JavaScript: a revision the
// phone hashed must hash the same on the server, or its witness would be lost.

/** Any UTF-16 text: every code unit, so non-BMP pairs and lone surrogates of either half. */
const anyText = fc.string({ unit: 'binary', maxLength: 400 });
const withSurrogates = fc
  .array(fc.oneof(fc.integer({ min: 0xd800, max: 0xdfff }), fc.integer({ min: 0, max: 0xffff })), {
    maxLength: 60,
  })
  .map((units) => String.fromCharCode(...units));

const revision = (note: string) => ({
  ...{ bookId: 'book-1', seq: 7, subjectId: 'entry-1', action: 'create' as const },
  ...{ at: '2026-03-02T01:15:00.000Z', prevHash: '' },
  snapshot: {
    ...{ subject: 'entry' as const, date: '2026-03-02', direction: 'in' as const, amount: 25_000 },
    ...{ categoryId: 'cat-1', accountId: 'acc-1', counterparty: '', note, voided: false },
  },
});

it('gives the portable hash for every text, non-BMP characters and lone surrogates included', () => {
  expect(nodeSha256Hex('\ud800')).toBe(sha256HexSync('\ufffd'));
  expect(nodeSha256Hex('a\udc00b')).toBe(sha256HexSync('a\ufffdb'));
  expect(nodeSha256Hex('\u{1f600}')).toBe(sha256HexSync('\u{1f600}'));
  fc.assert(
    fc.property(fc.oneof(anyText, withSurrogates), (text) => {
      expect(nodeSha256Hex(text)).toBe(sha256HexSync(text));
    }),
    { numRuns: 2000 },
  );
  // The same bytes as the domain's own UTF-8 reading, which the portable hash covers.
  expect(Buffer.from('x\udbff', 'utf8')).toEqual(Buffer.from(utf8('x\udbff')));
});

it('hashes a revision as the phone did once the server installs it', () => {
  const notes = ['', 'Bu Ani \u{1f33e}', 'lone \ud83d end', 'x'.repeat(900)];
  const portable = notes.map((note) => hashRevision(revision(note)));
  useNodeSha256();
  expect(notes.map((note) => hashRevision(revision(note)))).toEqual(portable);
});
