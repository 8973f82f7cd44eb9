import type { Revision, RevisionSnapshot } from '../../domain/model';

/** A field that one revision changed, with its value before and after. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const FIELDS = [
  'date',
  'direction',
  'amount',
  'categoryId',
  'accountId',
  'fromAccountId',
  'toAccountId',
  'note',
  'counterparty',
  'voided',
] as const;

const valueOf = (snapshot: RevisionSnapshot, field: string): unknown =>
  (snapshot as unknown as Record<string, unknown>)[field];

/** What each revision of one entry or transfer changed, oldest first. */
export function describeHistory(
  revisions: readonly Revision[],
): Array<{ revision: Revision; changes: FieldChange[] }> {
  return revisions.map((revision, i) => {
    const previous = revisions[i - 1]?.snapshot;
    if (!previous) return { revision, changes: [] };
    const changes = FIELDS.filter((f) => valueOf(previous, f) !== valueOf(revision.snapshot, f)).map(
      (field) => ({
        field,
        before: valueOf(previous, field),
        after: valueOf(revision.snapshot, field),
      }),
    );
    return { revision, changes };
  });
}
