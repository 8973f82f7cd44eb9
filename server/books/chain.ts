import type { PushedRevision } from './push-schema';

/** Whether the revisions of one request link to each other: consecutive seqs, each `prevHash` the previous `hash`. */
export function linkedInOrder(revisions: readonly PushedRevision[]): boolean {
  return revisions.every((revision, i) => {
    const previous = revisions[i - 1];
    return (
      previous === undefined || (revision.seq === previous.seq + 1 && revision.prevHash === previous.hash)
    );
  });
}
