import type { BusinessDate } from '../domain/dates';
import type { Direction } from '../domain/kinds';
import type { Entry, Id, Instant } from '../domain/model';
import type { LumbungDb } from './db';
import { inRange } from './queries';

/** Which entries a ledger page shows. */
export interface EntryFilter {
  from?: BusinessDate;
  to?: BusinessDate;
  direction?: Direction;
  categoryId?: Id;
  accountId?: Id;
  /** Matched, case aside, against the note, the counterparty and the amount's digits. */
  search?: string;
  includeVoided?: boolean;
}

/** A place in the ledger's order (date, then recorded time, then id, all newest first). */
export interface PageCursor {
  date: BusinessDate;
  recordedAt: Instant;
  id: Id;
}

/** One page of the ledger: entries newest first, and where the next page starts (null at the end). */
export interface EntriesPage {
  entries: Entry[];
  hasMore: boolean;
  next: PageCursor | null;
}

/** Rows read from the index per step. */
const CHUNK = 200;
/** Rows examined per call at most: a filter that matches little returns a short page with `hasMore`. */
const SCAN_BUDGET = 5000;

/** Newest first: date, then recorded time, then id. */
const newestFirst = (a: PageCursor, b: PageCursor): number =>
  b.date.localeCompare(a.date) || b.recordedAt.localeCompare(a.recordedAt) || b.id.localeCompare(a.id);

function matcher(filter: EntryFilter): (e: Entry) => boolean {
  const needle = filter.search?.trim().toLocaleLowerCase('id-ID') ?? '';
  return (e) =>
    (filter.includeVoided || !e.voided) &&
    (!filter.direction || e.direction === filter.direction) &&
    (!filter.categoryId || e.categoryId === filter.categoryId) &&
    (!filter.accountId || e.accountId === filter.accountId) &&
    (needle === '' ||
      e.note.toLocaleLowerCase('id-ID').includes(needle) ||
      e.counterparty.toLocaleLowerCase('id-ID').includes(needle) ||
      String(e.amount).includes(needle.replace(/[.\s]/g, '')));
}

/**
 * A page of a book's entries, newest first, read through the [bookId+date] index a chunk at a time
 * (whole days at a time, so entries of one day sort by when they were recorded), never the whole book.
 */
export async function entriesPage(
  db: LumbungDb,
  bookId: Id,
  filter: EntryFilter,
  page: { limit: number; before?: PageCursor },
): Promise<EntriesPage> {
  const matches = matcher(filter);
  const { before } = page;
  const entries: Entry[] = [];
  let upper = before && (!filter.to || before.date < filter.to) ? before.date : filter.to;
  let upperOpen = false;
  let scanned = 0;
  let last: PageCursor | null = null;
  while (entries.length < page.limit && scanned < SCAN_BUDGET) {
    const range = inRange(db.entries, bookId, filter.from, upper, !upperOpen);
    const days = await range
      .reverse()
      .limit(CHUNK + 1)
      .toArray();
    if (days.length === 0) return { entries, hasMore: false, next: null };
    const oldest = days[days.length - 1] as Entry;
    const complete = days.length > CHUNK ? days.filter((e) => e.date !== oldest.date) : days;
    if (complete.length === 0) {
      // One day holds more than a chunk: read that day whole.
      complete.push(...(await inRange(db.entries, bookId, oldest.date, oldest.date).toArray()));
    }
    const exhausted = days.length <= CHUNK;
    complete.sort(newestFirst);
    for (const e of complete) {
      if (before && newestFirst(e, before) <= 0) continue;
      scanned += 1;
      last = e;
      if (matches(e)) entries.push(e);
      if (entries.length === page.limit) break;
    }
    if (exhausted && (entries.length < page.limit || last === complete[complete.length - 1])) {
      return { entries, hasMore: false, next: null };
    }
    upper = (complete[complete.length - 1] as Entry).date;
    upperOpen = true;
  }
  const next = last && { date: last.date, recordedAt: last.recordedAt, id: last.id };
  return { entries, hasMore: next !== null, next };
}
