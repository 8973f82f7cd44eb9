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

/** A proven subject: the seq of its latest revision that recorded it as listed, and when the server stored it. */
interface Proven {
  seq: number;
  receivedMs: number;
}

/**
 * The evidence's revisions the server holds as shown, of the member's book: each given with its
 * hash to the database (as two lists in text, which it splits in one call each rather than
 * reading as many array elements), which answers the places (1-based) of those stored at that seq with that
 * hash and when each was stored, as two binary arrays (big-endian int4 and float8 milliseconds),
 * so a hundred thousand answers are two values to read rather than as many rows.
 */
async function storedAmong(
  db: Queryable,
  memberNumber: string,
  bookId: string,
  revisions: readonly EvidenceRevision[],
): Promise<{ place: number; receivedMs: number }[]> {
  // The hash is over the canonical form of the revision, whatever its snapshot holds.
  const hashes = revisions.map((revision) => hashRevision(revision as unknown as Omit<Revision, 'hash'>));
  const [row] = await db.query<{ places: Uint8Array | null; received: Uint8Array | null }>(
    `SELECT string_agg(int4send(u.place::int), ''::bytea) AS places,
            string_agg(float8send(floor(extract(epoch FROM r.received_at) * 1000)::float8), ''::bytea) AS received
       FROM books b
       CROSS JOIN unnest(string_to_array($3, ',')::int[], string_to_array($4, ','))
         WITH ORDINALITY AS u(seq, hash, place)
       JOIN revisions r ON r.book_id = b.book_id AND r.seq = u.seq AND r.hash = u.hash
      WHERE b.book_id = $1 AND b.member_number = $2`,
    [bookId, memberNumber, revisions.map((revision) => revision.seq).join(','), hashes.join(',')],
  );
  if (!row?.places || !row.received) return [];
  const places = new DataView(row.places.buffer, row.places.byteOffset, row.places.byteLength);
  const received = new DataView(row.received.buffer, row.received.byteOffset, row.received.byteLength);
  const found: { place: number; receivedMs: number }[] = [];
  for (let i = 0; i * 4 < places.byteLength; i += 1)
    found.push({ place: places.getInt32(i * 4), receivedMs: received.getFloat64(i * 8) });
  return found;
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
  const proven = new Map<string, Proven>();
  if (evidence === null) return proven;
  const listed = evidence.revisions.filter(
    (revision) => matches(revision) && revision.bookId.toLowerCase() === evidence.bookId,
  );
  for (const { place, receivedMs } of await storedAmong(db, memberNumber, evidence.bookId, listed)) {
    const revision = listed[place - 1];
    if (revision === undefined) continue;
    const known = proven.get(revision.subjectId);
    if (known === undefined || known.seq < revision.seq)
      proven.set(revision.subjectId, { seq: revision.seq, receivedMs });
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

/** The witness report of a statement: each entry and transfer against the revisions its evidence proves stored. */
export async function witnessReport(
  db: Queryable,
  memberNumber: string,
  statement: Statement,
  evidence: Evidence | null,
): Promise<{ records: WitnessedRecord[]; summary: WitnessSummary }> {
  const proven = await provenSubjects(db, memberNumber, evidence, recordsMatcher(statement));
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
