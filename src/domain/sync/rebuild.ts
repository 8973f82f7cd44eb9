import { integrityProblems } from '../backup/integrity';
import type { BackupContent } from '../backup/schema';
import {
  entryFieldsOf,
  openingItemFieldsOf,
  settlementFieldsOf,
  stockCountFieldsOf,
  transferFieldsOf,
} from '../changes/fields';
import type { OpeningItem, Settlement, StockCount } from '../credit/records';
import type { Entry, Id, Revision, Transfer } from '../model';
import { fail, ok, type Result } from '../result';
import type { BookCatalog } from './catalog';
import type { SyncProblem } from './codes';

/** What every record with a history takes from its revisions: when first and last recorded, and its void. */
function recordedFrom(first: Revision, last: Revision) {
  const { voided } = last.snapshot;
  const voidReason = voided ? last.reason : undefined;
  return {
    id: first.subjectId,
    bookId: first.bookId,
    recordedAt: first.at,
    updatedAt: last.at,
    source: 'app' as const,
    voided,
    ...(voidReason === undefined ? {} : { voidReason }),
  };
}

/**
 * A book's rows rebuilt from its catalog and its whole chain, as a backup would carry them: every
 * entry, transfer, settlement, stock count and opening item in the state its latest revision
 * recorded, with the catalog's accounts, categories, contacts and products, then checked as a
 * backup is (ids, books, categories, kinds, contacts, and every row equal to its history). A
 * record of a kind this app does not store is refused rather than dropped.
 */
export function rebuildBook(
  catalog: BookCatalog,
  revisions: readonly Revision[],
): Result<BackupContent, SyncProblem> {
  const bySubject = new Map<Id, Revision[]>();
  for (const revision of revisions) {
    const list = bySubject.get(revision.subjectId);
    if (list) list.push(revision);
    else bySubject.set(revision.subjectId, [revision]);
  }
  const entries: Entry[] = [];
  const transfers: Transfer[] = [];
  const settlements: Settlement[] = [];
  const stockCounts: StockCount[] = [];
  const openingItems: OpeningItem[] = [];
  for (const history of bySubject.values()) {
    const first = history[0] as Revision;
    const last = history.at(-1) as Revision;
    const { snapshot } = last;
    const recorded = recordedFrom(first, last);
    if (snapshot.subject === 'entry') entries.push({ ...entryFieldsOf(snapshot), ...recorded });
    else if (snapshot.subject === 'transfer') transfers.push({ ...transferFieldsOf(snapshot), ...recorded });
    else if (snapshot.subject === 'settlement')
      settlements.push({ ...settlementFieldsOf(snapshot), ...recorded });
    else if (snapshot.subject === 'stockCount')
      stockCounts.push({ ...stockCountFieldsOf(snapshot), ...recorded });
    else if (snapshot.subject === 'openingItem')
      openingItems.push({ ...openingItemFieldsOf(snapshot), ...recorded });
    else return fail({ code: 'sync.restoreUnsupported', params: { seq: last.seq } });
  }
  const content: BackupContent = {
    books: [catalog.book],
    accounts: catalog.accounts,
    categories: catalog.categories,
    entries,
    transfers,
    revisions: [...revisions],
    settings: [],
    imports: [],
    products: catalog.products,
    contacts: catalog.contacts,
    settlements,
    stockCounts,
    openingItems,
  };
  const problem = integrityProblems(content)[0];
  return problem ? fail({ code: 'sync.restoreRecords', params: problem.params ?? {} }) : ok(content);
}
