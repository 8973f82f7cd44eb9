import { useLiveQuery } from 'dexie-react-hooks';
import type { BusinessDate } from '../../domain/dates';
import type { Entry, Transfer } from '../../domain/model';
import {
  dailyTotalsInRange,
  entriesPage,
  transfersInRange,
  type EntriesPage,
  type LumbungDb,
} from '../../storage';
import { dayTotalsFromRollups, periodRange, type LedgerFilter } from './ledger-filter';
import { LEDGER_PAGE, windowStart, type LedgerWindow } from './ledger-window';

/** One day of the window: its entries and transfers. */
export interface LedgerDay {
  date: BusinessDate;
  entries: Entry[];
  transfers: Transfer[];
}

/** What the ledger shows for a window: its days, the day totals, and whether more lies below. */
export interface LedgerPages {
  days: LedgerDay[];
  dayTotals: Map<BusinessDate, { in: number; out: number }>;
  /** Where the window's first page ends (for dropping it when the window moves down). */
  firstPageEnd: EntriesPage['next'];
  hasMore: boolean;
}

/** Reads the window's pages one after the other (each with its own scan budget), then its days' totals and transfers. */
async function readWindow(
  db: LumbungDb,
  bookId: string,
  filter: LedgerFilter,
  window: LedgerWindow,
  today: BusinessDate,
): Promise<LedgerPages> {
  const range = periodRange(filter.period, today);
  const query = {
    ...range,
    direction: filter.direction === 'all' ? undefined : filter.direction,
    categoryId: filter.categoryId || undefined,
    accountId: filter.accountId || undefined,
    search: filter.search.trim() || undefined,
    includeVoided: true,
  };
  const pages: EntriesPage[] = [];
  let before = windowStart(window);
  while (pages.length < window.pages) {
    const page = await entriesPage(
      db,
      bookId,
      query,
      before ? { limit: LEDGER_PAGE, before } : { limit: LEDGER_PAGE },
    );
    pages.push(page);
    if (!page.next) break;
    before = page.next;
  }
  const entries = pages.flatMap((p) => p.entries);
  const hasMore = pages[pages.length - 1]?.hasMore ?? false;
  const dates = entries.map((e) => e.date);
  const atTop = window.starts.length === 0;
  const newest = atTop ? (range.to ?? dates[0]) : dates[0];
  const oldest = hasMore ? dates[dates.length - 1] : (range.from ?? dates[dates.length - 1]);
  const showTransfers = filter.direction === 'all' && !filter.categoryId && !filter.search.trim();
  const [totals, transfers] =
    newest && oldest
      ? await Promise.all([
          dailyTotalsInRange(db, bookId, oldest, newest),
          showTransfers ? transfersInRange(db, bookId, oldest, newest) : Promise.resolve([]),
        ])
      : [[], []];
  const matching = filter.accountId
    ? transfers.filter((x) => x.fromAccountId === filter.accountId || x.toAccountId === filter.accountId)
    : transfers;
  return {
    days: groupByDay(entries, matching),
    dayTotals: dayTotalsFromRollups(totals, filter),
    firstPageEnd: pages[0]?.next ?? null,
    hasMore,
  };
}

/** The ledger window, read live: it follows edits in this tab and others. */
export function useLedgerPages(
  db: LumbungDb,
  bookId: string,
  filter: LedgerFilter,
  window: LedgerWindow,
  today: BusinessDate,
): LedgerPages | undefined {
  return useLiveQuery(
    () => readWindow(db, bookId, filter, window, today),
    [db, bookId, filter, window, today],
  );
}

function groupByDay(entries: readonly Entry[], transfers: readonly Transfer[]): LedgerDay[] {
  const days = new Map<BusinessDate, LedgerDay>();
  const day = (d: BusinessDate) => {
    let found = days.get(d);
    if (!found) days.set(d, (found = { date: d, entries: [], transfers: [] }));
    return found;
  };
  for (const e of entries) day(e.date).entries.push(e);
  for (const x of transfers) day(x.date).transfers.push(x);
  return [...days.values()].sort((a, b) => (a.date < b.date ? 1 : -1));
}
