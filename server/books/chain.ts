import type { PushedRevision } from './push-schema';

/** Why a push does not continue the stored chain. */
export type ChainRefusal = 'chain.invalid' | 'chain.gap' | 'chain.mismatch' | 'chain.fork';

/** Whether the revisions of one request link to each other: consecutive seqs, each `prevHash` the previous `hash`. */
export function linkedInOrder(revisions: readonly PushedRevision[]): boolean {
  return revisions.every((revision, i) => {
    const previous = revisions[i - 1];
    return (
      previous === undefined || (revision.seq === previous.seq + 1 && revision.prevHash === previous.hash)
    );
  });
}

/** The stored chain a push is checked against: its tip, and the hashes at the seqs the push repeats. */
export interface StoredChain {
  tipSeq: number;
  tipHash: string | null;
  /** Stored hash by seq, for the seqs of the push that are already stored. */
  repeated: ReadonlyMap<number, string>;
}

/**
 * What of a linked push to append, or why it is refused: it must start at or before tip + 1,
 * repeat stored seqs with their stored hashes (skipped), and link its first new revision to the tip.
 */
export function planAppend(
  stored: StoredChain,
  revisions: readonly PushedRevision[],
): { ok: true; append: PushedRevision[] } | { ok: false; refusal: ChainRefusal } {
  const first = revisions[0];
  if (first === undefined) return { ok: false, refusal: 'chain.invalid' };
  if (first.seq > stored.tipSeq + 1) return { ok: false, refusal: 'chain.gap' };
  for (const revision of revisions) {
    const hash = stored.repeated.get(revision.seq);
    if (revision.seq <= stored.tipSeq && hash !== revision.hash) return { ok: false, refusal: 'chain.fork' };
  }
  const append = revisions.filter((revision) => revision.seq > stored.tipSeq);
  const next = append[0];
  // A push that starts inside the stored chain links through the repeated revisions it matched.
  if (next !== undefined && next.seq === first.seq && next.prevHash !== stored.tipHash)
    return { ok: false, refusal: 'chain.mismatch' };
  return { ok: true, append };
}
