import { daysBetween, dateInTimeZone } from '../../src/domain/dates';
import type { Revision } from '../../src/domain/model';
import { hashRevision } from '../../src/domain/revisions';
import type { Statement } from '../../src/domain/statement/schema';
import { nodeSha256Hex } from '../native-hash';
import type { EvidenceRevision, ReceivedEvidence } from './evidence';
import { recordsMatcher } from './snapshot-match';
import type { StoredRevisions } from './stored-revisions';

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

/** A proven subject: the seq of its latest revision that recorded it as listed, and when the server stored it. */
interface Proven {
  seq: number;
  receivedMs: number;
}

/**
 * The latest proven revision of each subject that recorded it as the statement lists it: its seq
 * and when the server stored it. A revision proves its subject when the server stores, at its seq
 * of the member's book, the hash of its text (as received when the evidence kept it, else its
 * canonical form written again), whatever its snapshot holds.
 */
function provenSubjects(
  evidence: ReceivedEvidence | null,
  stored: StoredRevisions,
  matches: (revision: EvidenceRevision) => boolean,
) {
  const proven = new Map<string, Proven>();
  if (evidence === null) return proven;
  const { revisions, texts } = evidence;
  for (let i = 0; i < revisions.length; i += 1) {
    const revision = revisions[i] as EvidenceRevision;
    if (!matches(revision) || revision.bookId.toLowerCase() !== evidence.bookId) continue;
    const known = proven.get(revision.subjectId);
    if (known !== undefined && known.seq >= revision.seq) continue;
    // The text the phone hashed, as received, when the evidence kept it; else written again.
    const text = texts?.[i];
    const hash =
      text === undefined ? hashRevision(revision as unknown as Omit<Revision, 'hash'>) : nodeSha256Hex(text);
    if (stored.holds(revision.seq, hash))
      proven.set(revision.subjectId, { seq: revision.seq, receivedMs: stored.receivedMs(revision.seq) });
  }
  return proven;
}

/**
 * The business date of an instant (milliseconds) in a time zone, each distinct instant converted
 * once: a push stores its revisions at one time, so a statement's thousands of records share few.
 */
function arrivalDates(timeZone: string): (ms: number) => { date: string; iso: string } {
  const known = new Map<number, { date: string; iso: string }>();
  return (ms) => {
    let found = known.get(ms);
    if (found === undefined) {
      const instant = new Date(ms);
      found = { date: dateInTimeZone(instant, timeZone), iso: instant.toISOString() };
      known.set(ms, found);
    }
    return found;
  };
}

/** A record of the statement against the revision that proves it, if one does. */
function witnessed(
  id: string,
  kind: WitnessedRecord['kind'],
  date: string,
  revision: Proven | undefined,
  arrival: ReturnType<typeof arrivalDates>,
): WitnessedRecord {
  if (revision === undefined) return { id, kind, date, seq: null, receivedAt: null, lagDays: null };
  const arrived = arrival(revision.receivedMs);
  const lagDays = Math.max(0, daysBetween(date, arrived.date));
  return { id, kind, date, seq: revision.seq, receivedAt: arrived.iso, lagDays };
}

/**
 * The witness report of a statement: each entry and transfer against the revisions its evidence
 * proves stored (`stored`: the revisions of the evidence's book, looked up by `storedRevisions`).
 */
export async function witnessReport(
  stored: Promise<StoredRevisions>,
  statement: Statement,
  evidence: ReceivedEvidence | null,
): Promise<{ records: WitnessedRecord[]; summary: WitnessSummary }> {
  const proven = provenSubjects(evidence, await stored, recordsMatcher(statement));
  const arrival = arrivalDates(statement.business.timeZone);
  const records: WitnessedRecord[] = [];
  const summary: WitnessSummary = { total: 0, within1d: 0, within3d: 0, within7d: 0, never: 0 };
  const count = (record: WitnessedRecord) => {
    records.push(record);
    summary.total += 1;
    const lag = record.lagDays;
    if (lag === null) summary.never += 1;
    else {
      if (lag <= 1) summary.within1d += 1;
      if (lag <= 3) summary.within3d += 1;
      if (lag <= 7) summary.within7d += 1;
    }
  };
  for (const entry of statement.entries)
    count(witnessed(entry.id, 'entry', entry.date, proven.get(entry.id), arrival));
  for (const transfer of statement.transfers)
    count(witnessed(transfer.id, 'transfer', transfer.date, proven.get(transfer.id), arrival));
  return { records, summary };
}
