import { daysBetween, dateInTimeZone } from '../../src/domain/dates';
import type { Revision } from '../../src/domain/model';
import { hashRevision } from '../../src/domain/revisions';
import type { Statement } from '../../src/domain/statement/schema';
import type { Queryable } from '../db/database';
import type { Evidence, EvidenceRevision } from './evidence';
import { recordsMatcher } from './snapshot-match';

/** Whether the server holds the revision that recorded a record, and how long after its date it arrived. */
export interface WitnessedRecord {
  id: string;
  kind: 'entry' | 'transfer';
  date: string;
  seq: number | null;
  receivedAt: string | null;
  lagDays: number | null;
}

/** Records counted: all, witnessed within 1, 3 and 7 days of their date (each including the shorter), never. */
export interface WitnessSummary {
  total: number;
  within1d: number;
  within3d: number;
  within7d: number;
  never: number;
}

/** The stored revisions an evidence names, by seq, when the book is the member's. */
async function storedTimes(db: Queryable, memberNumber: string, evidence: Evidence) {
  const rows = await db.query<{ seq: number; hash: string; received_at: Date }>(
    `SELECT r.seq, r.hash, r.received_at FROM revisions r JOIN books b USING (book_id)
      WHERE b.book_id = $1 AND b.member_number = $2 AND r.seq = ANY($3::int[])`,
    [evidence.bookId, memberNumber, evidence.revisions.map((revision) => revision.seq)],
  );
  return new Map(rows.map((row) => [row.seq, row]));
}

/**
 * The latest proven revision of each subject that recorded it as the statement lists it: its seq
 * and when the server stored it.
 */
async function provenSubjects(
  db: Queryable,
  memberNumber: string,
  evidence: Evidence | null,
  matches: (revision: EvidenceRevision) => boolean,
) {
  const proven = new Map<string, { seq: number; receivedAt: Date }>();
  if (evidence === null) return proven;
  const stored = await storedTimes(db, memberNumber, evidence);
  for (const revision of evidence.revisions) {
    if (!matches(revision)) continue;
    const row = stored.get(revision.seq);
    if (row === undefined || revision.bookId.toLowerCase() !== evidence.bookId) continue;
    // The hash is over the canonical form of the revision, whatever its snapshot holds.
    if (hashRevision(revision as EvidenceRevision as unknown as Omit<Revision, 'hash'>) !== row.hash)
      continue;
    const known = proven.get(revision.subjectId);
    if (known === undefined || known.seq < revision.seq)
      proven.set(revision.subjectId, { seq: revision.seq, receivedAt: new Date(row.received_at) });
  }
  return proven;
}

/** The witness report of a statement: each entry and transfer against the revisions its evidence proves stored. */
export async function witnessReport(
  db: Queryable,
  memberNumber: string,
  statement: Statement,
  evidence: Evidence | null,
): Promise<{ records: WitnessedRecord[]; summary: WitnessSummary }> {
  const proven = await provenSubjects(db, memberNumber, evidence, recordsMatcher(statement));
  const records: WitnessedRecord[] = [
    ...statement.entries.map((entry) => ({ id: entry.id, date: entry.date, kind: 'entry' as const })),
    ...statement.transfers.map((transfer) => ({
      id: transfer.id,
      date: transfer.date,
      kind: 'transfer' as const,
    })),
  ].map((record) => {
    const revision = proven.get(record.id);
    if (revision === undefined) return { ...record, seq: null, receivedAt: null, lagDays: null };
    const arrived = dateInTimeZone(revision.receivedAt, statement.business.timeZone);
    return {
      ...record,
      seq: revision.seq,
      receivedAt: revision.receivedAt.toISOString(),
      lagDays: Math.max(0, daysBetween(record.date, arrived)),
    };
  });
  const within = (days: number) => records.filter((r) => r.lagDays !== null && r.lagDays <= days).length;
  return {
    records,
    summary: {
      total: records.length,
      within1d: within(1),
      within3d: within(3),
      within7d: within(7),
      never: records.filter((record) => record.lagDays === null).length,
    },
  };
}
