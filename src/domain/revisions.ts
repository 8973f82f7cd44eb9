import { canonicalJson } from './canonical';
import type { Revision } from './model';
import { sha256HexSync } from './platform';

/** A revision before it is linked into the chain. */
export type RevisionDraft = Omit<Revision, 'seq' | 'prevHash' | 'hash'>;

/** The text a revision's hash covers: the canonical form of every field but `hash`. */
export function hashedRevisionText(revision: Omit<Revision, 'hash'> & { hash?: string }): string {
  const unsigned = { ...revision };
  delete unsigned.hash;
  return canonicalJson(unsigned);
}

/** The hash of a revision: SHA-256 over the canonical form of every field but `hash`. */
export function hashRevision(revision: Omit<Revision, 'hash'>): string {
  return sha256HexSync(hashedRevisionText(revision));
}

/**
 * Links drafts after the book's last revision (or at the start when there is none), in order.
 * Runs before any storage transaction opens, so the transaction waits on no hashing.
 */
export function chainRevisions(
  last: Pick<Revision, 'seq' | 'hash'> | undefined,
  drafts: readonly RevisionDraft[],
): Revision[] {
  const linked: Revision[] = [];
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? '';
  for (const draft of drafts) {
    seq += 1;
    const unsigned = { ...draft, seq, prevHash };
    const hash = hashRevision(unsigned);
    linked.push({ ...unsigned, hash });
    prevHash = hash;
  }
  return linked;
}

/** Where a chain stopped being trustworthy. */
export interface ChainBreak {
  seq: number;
  code: 'chain.gap' | 'chain.link' | 'chain.hash' | 'chain.book';
}

/** Checks a book's revisions, ordered by seq: no gaps, every link and every hash as computed. */
export function verifyChain(bookId: string, revisions: readonly Revision[]): ChainBreak[] {
  const breaks: ChainBreak[] = [];
  let prev: Revision | undefined;
  for (const revision of revisions) {
    const expectedSeq = (prev?.seq ?? 0) + 1;
    if (revision.bookId !== bookId) breaks.push({ seq: revision.seq, code: 'chain.book' });
    if (revision.seq !== expectedSeq) breaks.push({ seq: revision.seq, code: 'chain.gap' });
    if (revision.prevHash !== (prev?.hash ?? '')) breaks.push({ seq: revision.seq, code: 'chain.link' });
    const { hash, ...unsigned } = revision;
    if (hashRevision(unsigned) !== hash) breaks.push({ seq: revision.seq, code: 'chain.hash' });
    prev = revision;
  }
  return breaks;
}
