import { integrityProblems } from '../backup/integrity';
import type { BackupContent } from '../backup/schema';
import { entryFieldsOf, transferFieldsOf } from '../changes/fields';
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
 * entry and transfer in the state its latest revision recorded, then checked as a backup is
 * (ids, books, categories, kinds, and every row equal to its history). A record of a kind this
 * app does not store is refused rather than dropped.
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
  for (const history of bySubject.values()) {
    const first = history[0] as Revision;
    const last = history.at(-1) as Revision;
    const { snapshot } = last;
    if (snapshot.subject === 'entry') {
      entries.push({ ...entryFieldsOf(snapshot), ...recordedFrom(first, last) });
    } else if (snapshot.subject === 'transfer') {
      transfers.push({ ...transferFieldsOf(snapshot), ...recordedFrom(first, last) });
    } else return fail({ code: 'sync.restoreUnsupported', params: { seq: last.seq } });
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
  };
  const problem = integrityProblems(content)[0];
  return problem ? fail({ code: 'sync.restoreRecords', params: problem.params ?? {} }) : ok(content);
}
