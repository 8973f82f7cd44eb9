import { Dexie, type IndexableType } from 'dexie';
import type { BusinessDate } from '../domain/dates';
import type { Direction } from '../domain/kinds';
import type { Entry, Id, Instant } from '../domain/model';
import type { LumbungDb } from './db';

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

/** Rows read from the index per step when a filter may skip many of them. */
const CHUNK = 200;
/** Rows examined per call at most: a filter that matches little returns a short page with `hasMore`. */
const SCAN_BUDGET = 5000;

function matcher(filter: EntryFilter): (e: Entry) => boolean {
  const needle = filter.search?.trim().toLocaleLowerCase('id-ID') ?? '';
  return (e) =>
    (filter.includeVoided || !e.voided) &&
    (!filter.direction || e.direction === filter.direction) &&
    (!filter.accountId || e.accountId === filter.accountId) &&
    (needle === '' ||
      e.note.toLocaleLowerCase('id-ID').includes(needle) ||
      e.counterparty.toLocaleLowerCase('id-ID').includes(needle) ||
      String(e.amount).includes(needle.replace(/[.\s]/g, '')));
}

/**
 * The index a page walks: the ledger order of the book, or of one category when the filter names
 * one, so a category's page is bounded by the index too. Keys end in (date, recordedAt, id).
 */
function walkOf(db: LumbungDb, bookId: Id, filter: EntryFilter, before: PageCursor | undefined) {
  const prefix: IndexableType[] = filter.categoryId ? [bookId, filter.categoryId] : [bookId];
  const index = filter.categoryId ? '[bookId+categoryId+date+recordedAt+id]' : '[bookId+date+recordedAt+id]';
  // A key that is a prefix sorts before every longer key it starts; an array sorts after any string.
  const lower = [...prefix, filter.from ?? Dexie.minKey];
  const fromCursor = before && (!filter.to || before.date <= filter.to);
  const upper = fromCursor
    ? [...prefix, before.date, before.recordedAt, before.id]
    : [...prefix, ...(filter.to ? [filter.to] : []), Dexie.maxKey];
  const keyOf = (e: Entry): IndexableType[] => [...prefix, e.date, e.recordedAt, e.id];
  const read = (top: IndexableType[], open: boolean, count: number) =>
    db.entries.where(index).between(lower, top, true, !open).reverse().limit(count).toArray();
  return { upper, upperOpen: Boolean(fromCursor), keyOf, read };
}

const cursorOf = (e: Entry): PageCursor => ({ date: e.date, recordedAt: e.recordedAt, id: e.id });

/**
 * A page of a book's entries, newest first (date, then when recorded, then id), read straight from
 * a ledger-order index: an unfiltered page reads only its own rows plus one; a filtered one reads
 * chunks, never more than a scan budget per call, never the whole book.
 */
export async function entriesPage(
  db: LumbungDb,
  bookId: Id,
  filter: EntryFilter,
  page: { limit: number; before?: PageCursor },
): Promise<EntriesPage> {
  const matches = matcher(filter);
  // Voided entries are few: without other filters a page is nearly all its own rows.
  const dense = !filter.direction && !filter.accountId && !filter.search?.trim();
  const walk = walkOf(db, bookId, filter, page.before);
  const entries: Entry[] = [];
  let upper = walk.upper;
  let upperOpen = walk.upperOpen;
  let scanned = 0;
  let lastSeen: Entry | undefined;
  while (scanned < SCAN_BUDGET) {
    const want = dense ? Math.min(page.limit - entries.length + 1, CHUNK) : CHUNK;
    const rows = await walk.read(upper, upperOpen, want);
    for (const [i, row] of rows.entries()) {
      scanned += 1;
      if (!matches(row)) continue;
      entries.push(row);
      if (entries.length < page.limit) continue;
      // The page is full: more may follow if this chunk goes on or was cut by its limit.
      const more = i < rows.length - 1 || rows.length === want;
      return { entries, hasMore: more, next: more ? cursorOf(row) : null };
    }
    lastSeen = rows[rows.length - 1];
    if (rows.length < want || !lastSeen) return { entries, hasMore: false, next: null };
    upper = walk.keyOf(lastSeen);
    upperOpen = true;
  }
  // Out of budget: the next call goes on just after the last row looked at.
  const next = lastSeen ? cursorOf(lastSeen) : null;
  return { entries, hasMore: next !== null, next };
}
