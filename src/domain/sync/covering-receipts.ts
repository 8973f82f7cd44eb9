/**
 * The receipts that witness the given seqs of a chain: for each seq, the first receipt at or after
 * it (a receipt for seq n vouches that the server held the chain up to n at its time). In seq
 * order, each receipt once; a seq no receipt reaches yet is simply not covered.
 */
export function coveringReceipts<R extends { seq: number }>(
  receipts: readonly R[],
  seqs: readonly number[],
): R[] {
  const sorted = [...receipts].sort((a, b) => a.seq - b.seq);
  const chosen = new Set<R>();
  for (const seq of seqs) {
    const first = sorted.find((receipt) => receipt.seq >= seq);
    if (first) chosen.add(first);
  }
  return sorted.filter((receipt) => chosen.has(receipt));
}
