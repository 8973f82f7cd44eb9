import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pushBatches, pushBody, pushStart } from '../../../src/domain/sync/push-plan';
import { MAX_PUSH_BYTES, MAX_PUSH_REVISIONS, type WireRevision } from '../../../src/domain/sync/wire';
import { present, saleChain } from '../../support/domain/sync-chain';

const chain = saleChain(5);
const tipOf = (seq: number) => ({ seq, hash: present(chain[seq - 1]).hash });
const hashAt = (seq: number) => chain[seq - 1]?.hash;

const sealedLike = (seq: number, bytes: number): WireRevision => ({
  seq,
  prevHash: seq === 1 ? null : 'a'.repeat(64),
  hash: 'b'.repeat(64),
  ciphertext: 'C'.repeat(Math.ceil((bytes * 4) / 3)),
});

describe('push planning', () => {
  it('pushes what the server lacks, and nothing when it holds the whole chain', () => {
    expect(pushStart(tipOf(5), null, hashAt)).toEqual({ kind: 'push', fromSeq: 1 });
    expect(pushStart(tipOf(5), tipOf(3), hashAt)).toEqual({ kind: 'push', fromSeq: 4 });
    expect(pushStart(tipOf(5), tipOf(5), hashAt)).toEqual({ kind: 'upToDate' });
    expect(pushStart(null, null, hashAt)).toEqual({ kind: 'upToDate' });
  });

  it('shows a fork when the server’s hash at its tip is not the phone’s, and never plans over it', () => {
    expect(pushStart(tipOf(5), { seq: 3, hash: 'f'.repeat(64) }, hashAt)).toEqual({ kind: 'fork', seq: 3 });
  });

  it('says the phone is behind when the server holds more than it', () => {
    expect(pushStart(tipOf(2), tipOf(4), hashAt)).toEqual({ kind: 'behind', serverTip: tipOf(4) });
    expect(pushStart(null, tipOf(1), hashAt)).toEqual({ kind: 'behind', serverTip: tipOf(1) });
  });

  it('splits any run of revisions into ordered requests within 500 revisions and 4 MiB', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 40, max: 64 * 1024 }), { maxLength: 1300 }), (sizes) => {
        const revisions = sizes.map((bytes, i) => sealedLike(i + 1, bytes));
        const batches = pushBatches(revisions);
        expect(batches.flat()).toEqual(revisions);
        for (const batch of batches) {
          expect(batch.length).toBeGreaterThan(0);
          expect(batch.length).toBeLessThanOrEqual(MAX_PUSH_REVISIONS);
          expect(new TextEncoder().encode(pushBody(batch)).length).toBeLessThanOrEqual(MAX_PUSH_BYTES);
        }
        // Each request but the last is full by one of the two limits.
        for (const [i, batch] of batches.slice(0, -1).entries()) {
          const next = present(batches[i + 1]?.[0]);
          const fuller = pushBody([...batch, next]).length;
          expect(batch.length === MAX_PUSH_REVISIONS || fuller > MAX_PUSH_BYTES).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('sends 1,200 small revisions in three requests of 500, 500 and 200', () => {
    const batches = pushBatches(Array.from({ length: 1200 }, (_, i) => sealedLike(i + 1, 300)));
    expect(batches.map((b) => b.length)).toEqual([500, 500, 200]);
    expect(pushBatches([])).toEqual([]);
  });
});
