import type { Revision } from '../../../src/domain/model';
import { chainRevisions, type RevisionDraft } from '../../../src/domain/revisions';

/** The book the sync tests push and restore. */
export const SYNC_BOOK = '6f1c2a7e-4b1d-4c6a-9f0e-2d3b5a7c9e11';

/** A sale of `amount` with a note, as the entry form would record it. */
export const saleDraft = (amount: number, note = 'jual kopi', bookId = SYNC_BOOK): RevisionDraft => ({
  bookId,
  subjectId: `entry-${amount}`,
  action: 'create',
  at: '2026-03-02T01:15:00.000Z',
  snapshot: {
    subject: 'entry',
    date: '2026-03-02',
    direction: 'in',
    amount,
    categoryId: 'cat-1',
    accountId: 'acc-1',
    note,
    counterparty: 'Bu Ani',
    voided: false,
  },
});

/** A chain of `count` sales of the sync book (seq 1…count), or continuing after `last`. */
export const saleChain = (count: number, last?: Revision, bookId = SYNC_BOOK): Revision[] =>
  chainRevisions(
    last,
    Array.from({ length: count }, (_, i) =>
      saleDraft(1000 * ((last?.seq ?? 0) + i + 1), 'jual kopi', bookId),
    ),
  );

/** The value, which a test has made sure is there (throws when it is not, failing the test). */
export function present<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}
