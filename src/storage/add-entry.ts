import type { Account, Book, Category, Entry, EntryFields, Id, Source } from '../domain/model';
import { newId } from '../domain/platform';
import { fail, ok, type Result } from '../domain/result';
import { entryProblems } from '../domain/validate-entry';
import { writeWithRevisions } from './chained-write';
import type { LumbungDb } from './db';
import { asStorageProblem, problem, type StorageProblem } from './errors';
import { entryFieldsOf, expectKind } from './entry-checks';
import { retryOnStale } from './retry';
import { chainTip, entrySnapshot, type ChainTip } from './revisions';
import { allKnown, prepareChanges, type PreparedChanges } from './rollup-change';
import { entryChanges, entryDelta, withRollupTables } from './rollups';
import { forget, recall, remember } from './save-ahead';

/** Options of `addEntry` beyond the member's fields. */
export interface AddEntryOptions {
  source?: Source;
  importId?: Id;
  /** When the entry counts as recorded (defaults to now). */
  now?: Date;
}

/** What a new entry is checked and counted against. */
interface Basis {
  book: Book | undefined;
  category: Category | undefined;
  account: Account | undefined;
  tip: ChainTip;
  rollups: PreparedChanges | null;
  /**
   * Whether the category's kind must be checked again inside the write. Not when it comes from this
   * tab's last save: that save's entry uses the category, and a kind changes only while no entry
   * (voided ones included) uses it; moving that entry elsewhere would move the chain.
   */
  checkKind: boolean;
}

const ofBook = <T extends { bookId: Id }>(row: T | undefined, bookId: Id): T | undefined =>
  row?.bookId === bookId ? row : undefined;

/**
 * The basis of a save: from what this tab remembers of its last save in the book when it covers
 * the entry's category, account and rollup rows (a run of sales on one day), otherwise one read
 * transaction. Either way the write checks, in the same round trip as it writes, what could have
 * moved: the chain's tip, and the category's kind when the basis was read afresh.
 */
async function basisFor(db: LumbungDb, bookId: Id, fields: EntryFields, entry: Entry): Promise<Basis> {
  const known = recall(db, bookId);
  const category = known?.category.id === fields.categoryId ? known.category : undefined;
  const account = known?.account.id === fields.accountId ? known.account : undefined;
  if (known && category && account) {
    const changes = entryChanges(db, entryDelta(entry, category.kind, 1));
    if (allKnown(changes, known.rows))
      return {
        ...known,
        category,
        account,
        rollups: await prepareChanges(changes, known.rows),
        checkKind: false,
      };
  }
  const scope = withRollupTables(db, [db.books, db.categories, db.accounts, db.revisions, db.dailyTotals]);
  return db.transaction('r', scope, async () => {
    const [book, c, a, tip] = await Promise.all([
      db.books.get(bookId),
      typeof fields.categoryId === 'string' ? db.categories.get(fields.categoryId) : undefined,
      typeof fields.accountId === 'string' ? db.accounts.get(fields.accountId) : undefined,
      chainTip(db, bookId),
    ]);
    const category = ofBook(c, bookId);
    const account = ofBook(a, bookId);
    const valid = book && category && account && entryProblems(fields, { category, account }).length === 0;
    const rollups = valid
      ? await prepareChanges(entryChanges(db, entryDelta(entry, category.kind, 1)))
      : null;
    return { book, category, account, tip, rollups, checkKind: true };
  });
}

async function save(
  db: LumbungDb,
  bookId: Id,
  fields: EntryFields,
  entry: Entry,
): Promise<Result<Entry, StorageProblem>> {
  const { book, category, account, tip, rollups, checkKind } = await basisFor(db, bookId, fields, entry);
  if (!book) return fail(problem('book.notFound'));
  const problems = entryProblems(fields, { category, account }).map(asStorageProblem);
  if (problems.length > 0 || !category || !account || !rollups) return fail(...problems);
  const draft = {
    bookId,
    subjectId: entry.id,
    action: 'create' as const,
    at: entry.recordedAt,
    snapshot: entrySnapshot(entry),
  };
  let rows = new Map<string, unknown>();
  // The checks are read in the same round trip as the writes; a moved one aborts it all. Books and
  // accounts are never deleted and an entry depends on nothing else of them; a category's kind
  // is what could move (only while no entry uses it), and the chain is checked by the caller.
  // Issued at once, no await of its own: inside a transaction every await is one more hop.
  const write = () =>
    Promise.all([
      checkKind ? expectKind(db, category.id, category.kind) : undefined,
      db.entries.add(entry),
      rollups.write(),
    ]).then(([, , written]) => {
      rows = written;
    });
  const tables = [db.entries, db.dailyTotals, db.categories];
  const [revision] = await writeWithRevisions(db, bookId, [draft], tables, write, { tip });
  // What this save used and wrote, for the next one (the chained write forgot the rest).
  remember(db, bookId, {
    book,
    tip: revision ? { seq: revision.seq, hash: revision.hash } : tip,
    category,
    account,
    rows,
  });
  return ok(entry);
}

/**
 * Records money in or out: the entry, its first revision and its rollups, in one transaction that
 * waits on one round trip. What it is checked and counted against comes from one read transaction,
 * or from this tab's last save in the same book; the write checks that nothing moved since.
 */
export function addEntry(
  db: LumbungDb,
  bookId: Id,
  fields: EntryFields,
  opts: AddEntryOptions = {},
): Promise<Result<Entry, StorageProblem>> {
  return retryOnStale(async () => {
    const at = (opts.now ?? new Date()).toISOString();
    const entry: Entry = {
      id: newId(),
      bookId,
      ...entryFieldsOf(fields),
      recordedAt: at,
      updatedAt: at,
      source: opts.source ?? 'app',
      ...(opts.importId === undefined ? {} : { importId: opts.importId }),
      voided: false,
    };
    try {
      return await save(db, bookId, fields, entry);
    } catch (error) {
      // Whatever went wrong, the next attempt starts from a fresh read.
      forget(db, bookId);
      throw error;
    }
  });
}
