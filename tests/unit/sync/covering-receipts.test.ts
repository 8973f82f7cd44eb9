import { describe, expect, it } from 'vitest';
import { coveringReceipts } from '../../../src/domain/sync/covering-receipts';

const receipt = (seq: number) => ({ seq, jws: `r${seq}` });

describe('coveringReceipts', () => {
  it('takes for each record the first receipt at or after its revision, each once and in order', () => {
    const kept = [receipt(20), receipt(3), receipt(10), receipt(40)];
    expect(coveringReceipts(kept, [2, 3, 11, 12, 19]).map((r) => r.seq)).toEqual([3, 20]);
    expect(coveringReceipts(kept, [40]).map((r) => r.seq)).toEqual([40]);
  });

  it('covers nothing past the last receipt, and nothing for a period without records', () => {
    expect(coveringReceipts([receipt(5)], [6, 7])).toEqual([]);
    expect(coveringReceipts([receipt(5)], [])).toEqual([]);
  });
});
