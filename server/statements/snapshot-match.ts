import type { Statement } from '../../src/domain/statement/schema';
import type { EvidenceRevision } from './evidence';

type Snapshot = Record<string, unknown>;

/** Whether a snapshot says the same as a statement's entry: same kind, date, direction, amount, note. */
function sameEntry(snapshot: Snapshot, entry: Statement['entries'][number]): boolean {
  return (
    snapshot.subject === 'entry' &&
    snapshot.voided === false &&
    snapshot.date === entry.date &&
    snapshot.direction === entry.direction &&
    snapshot.amount === entry.amount &&
    (entry.note === undefined || snapshot.note === entry.note)
  );
}

/** Whether a snapshot says the same as a statement's transfer. */
function sameTransfer(snapshot: Snapshot, transfer: Statement['transfers'][number]): boolean {
  return (
    snapshot.subject === 'transfer' &&
    snapshot.voided === false &&
    snapshot.date === transfer.date &&
    snapshot.amount === transfer.amount &&
    (transfer.note === undefined || snapshot.note === transfer.note)
  );
}

/**
 * A test of whether an evidence revision recorded a record of the statement exactly as the
 * statement lists it: the same id and the same fields. A revision of another record, or of this
 * record in another state (an earlier amount, another date), proves nothing about the listed one,
 * so a witnessed revision cannot be lent to a record typed in later.
 */
export function recordsMatcher(statement: Statement): (revision: EvidenceRevision) => boolean {
  const entries = new Map(statement.entries.map((entry) => [entry.id, entry]));
  const transfers = new Map(statement.transfers.map((transfer) => [transfer.id, transfer]));
  return (revision) => {
    const entry = entries.get(revision.subjectId);
    if (entry !== undefined) return sameEntry(revision.snapshot, entry);
    const transfer = transfers.get(revision.subjectId);
    return transfer !== undefined && sameTransfer(revision.snapshot, transfer);
  };
}
