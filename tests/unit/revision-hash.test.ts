import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/domain/canonical';
import { sha256Hex, sha256HexSync } from '../../src/domain/platform';
import { chainRevisions, hashRevision, verifyChain } from '../../src/domain/revisions';

const draft = (note: string) => ({
  bookId: 'book-1',
  subjectId: 'entry-1',
  action: 'create' as const,
  at: '2026-03-02T01:15:00.000Z',
  snapshot: {
    subject: 'entry' as const,
    date: '2026-03-02',
    direction: 'in' as const,
    amount: 25_000,
    categoryId: 'cat-1',
    accountId: 'acc-1',
    note,
    counterparty: 'Bu Ani',
    voided: false,
  },
});

describe('revision hashes', () => {
  it('are the platform’s SHA-256, so every chain stored or backed up before keeps verifying', async () => {
    expect(sha256HexSync('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256HexSync('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 600 }), async (note) => {
        const text = canonicalJson({ ...draft(note), seq: 1, prevHash: '' });
        expect(sha256HexSync(text)).toBe(await sha256Hex(text));
      }),
      { numRuns: 200 },
    );
  });

  it('link a chain that verifies, and a changed note breaks it at that revision', () => {
    const chain = chainRevisions(undefined, [draft('gula 1 kg'), draft('kopi ☕'), draft('beras 5 kg')]);
    expect(chain.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(chain[1]?.prevHash).toBe(chain[0]?.hash);
    expect(chain[0]?.hash).toBe(hashRevision({ ...draft('gula 1 kg'), seq: 1, prevHash: '' }));
    expect(verifyChain('book-1', chain)).toEqual([]);
    const changed = chain.map((r) => (r.seq === 2 ? { ...r, snapshot: { ...r.snapshot, note: 'teh' } } : r));
    expect(verifyChain('book-1', changed)).toEqual([{ seq: 2, code: 'chain.hash' }]);
  });
});
