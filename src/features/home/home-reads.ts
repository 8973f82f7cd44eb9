import type { BusinessDate } from '../../domain/dates';
import {
  entriesPage,
  homeSummary,
  listAccounts,
  listCategories,
  writeStamp,
  type EntriesPage,
  type LumbungDb,
} from '../../storage';

/** What the home screen shows, read at one write stamp. */
export interface HomeData {
  /** The write stamp taken before the reads: a write that overlapped them moved it. */
  stamp: string;
  summary: Awaited<ReturnType<typeof homeSummary>>;
  recent: EntriesPage['entries'];
  categoryName: Map<string, string>;
  accountName: Map<string, string>;
}

/** Reads the home screen's figures, balances and latest entries for one book and day. */
export async function readHome(db: LumbungDb, bookId: string, today: BusinessDate): Promise<HomeData> {
  const stamp = writeStamp();
  const [summary, page, categories, accounts] = await Promise.all([
    homeSummary(db, bookId, today),
    entriesPage(db, bookId, {}, { limit: 5 }),
    listCategories(db, bookId),
    listAccounts(db, bookId),
  ]);
  return {
    stamp,
    summary,
    recent: page.entries,
    categoryName: new Map(categories.map((c) => [c.id, c.name])),
    accountName: new Map(accounts.map((a) => [a.id, a.name])),
  };
}
