import { Dexie, type Table } from 'dexie';
import type {
  Change,
  CreditExpectation,
  CreditRecordSet,
  CreditRecordTable,
  Expectation,
  RecordSet,
  RecordTable,
} from '../domain/changes/change';
import type { Contact } from '../domain/credit/records';
import type { Account, Book, Category, Id, Revision } from '../domain/model';
import { chainRevisions } from '../domain/revisions';
import { backedUpTables } from './backed-up-tables';
import { coreAdd, corePut, coreTransaction } from './core-writes';
import type { LumbungDb } from './db';
import { checkCreditExpectation, checkNotOverdrawn, checkOneCountADay } from './credit-checks';
import {
  creditRecordTable,
  creditRecordTables,
  creditRollupChanges,
  creditRollupTablesFor,
} from './credit-tables';
import { checkExpectation, expectationTables } from './expectations';
import { importsTable } from './import-records';
import { openCreditTables } from './open-credit';
import { writeOpenCredit, type OpenCreditRows } from './open-credit-write';
import { chainTip, expectChainTip, type ChainTip } from './revisions';
import {
  rollupChanges,
  rollupTables,
  rollupTablesFor,
  type RollupRow,
  type RollupRows,
  type TableChange,
} from './rollup-tables';
import { stampSetBy, writeStamp } from './write-stamp';

/**
 * What this tab's last commit to a book left: the chain's tip after it, the rollup and open-credit
 * rows it wrote and the records it was checked against. The next change to the book (a run of
 * sales on one day) starts from it instead of reading first. It is trusted no further than an
 * unmoved chain: the write checks the tip, every write that changes a rollup adds a revision (but
 * a rebuild, which forgets it), and a moved chain makes the verb start over from a fresh read.
 */
interface LastCommit {
  tip: ChainTip;
  /** The write stamp the commit's transaction set as it began (none where the stamp is not kept). */
  stamp: string | undefined;
  rows: RollupRows;
  openCredit: OpenCreditRows;
  book: Book | undefined;
  categories: ReadonlyMap<Id, Category>;
  accounts: ReadonlyMap<Id, Account>;
  contacts: ReadonlyMap<Id, Contact>;
}

/** A commit's rollup rows are remembered only up to this many (a run of sales, not an import). */
const REMEMBERED_ROWS = 64;

const memory = new WeakMap<LumbungDb, Map<Id, LastCommit>>();

const forget = (db: LumbungDb, bookIds: readonly (Id | undefined)[]) => {
  for (const id of bookIds) if (id !== undefined) memory.get(db)?.delete(id);
};

/**
 * Forgets what this tab's last commit to a book left, for a write that replaces its rollups
 * without a revision (a rebuild): rows remembered from before it may carry what it mends.
 */
export const forgetLastCommit = (db: LumbungDb, bookId: Id): void => forget(db, [bookId]);

/**
 * The records this tab's last commit to the book was checked against (its book, categories,
 * accounts and contacts), for a verb to take as read. Records are never deleted but by a restore,
 * and a restore that keeps the chain as it was also keeps the records its last revision's entry
 * refers to; what could still move (a category's kind, a contact's name or hiding) the verb lists
 * as an expectation, checked by the write.
 */
export function lastBasis(
  db: LumbungDb,
  bookId: Id,
): Pick<LastCommit, 'book' | 'categories' | 'accounts' | 'contacts'> | undefined {
  return memory.get(db)?.get(bookId);
}

/** The table each record set is written to. */
function recordTable(db: LumbungDb, name: RecordTable): Table {
  return name === 'imports' ? importsTable(db) : db[name];
}

/** Every table a change writes or checks. */
function scopeOf(db: LumbungDb, change: Change): Table[] {
  const scope = new Set<Table>();
  for (const set of [change.add, change.put])
    for (const name of Object.keys(set ?? {}) as RecordTable[]) scope.add(recordTable(db, name));
  for (const set of [change.addCredit, change.putCredit])
    for (const name of Object.keys(set ?? {}) as CreditRecordTable[]) scope.add(creditRecordTable(db, name));
  if ((change.drafts?.length ?? 0) > 0) scope.add(db.revisions);
  const daily = (change.daily?.length ?? 0) > 0;
  const transfers = (change.dailyTransfers?.length ?? 0) > 0;
  const credit = change.credit ?? [];
  const cash = credit.some((c) => c.accountId !== '');
  for (const table of rollupTablesFor(db, daily, transfers, cash)) scope.add(table);
  for (const table of creditRollupTablesFor(db, credit.length > 0, (change.stock?.length ?? 0) > 0))
    scope.add(table);
  if (credit.length > 0) for (const table of openCreditTables(db)) scope.add(table);
  for (const e of change.expects ?? []) for (const table of expectationTables(db, e)) scope.add(table);
  if ((change.creditExpects?.length ?? 0) > 0) scope.add(db.contacts);
  if ((change.replaces?.length ?? 0) > 0)
    for (const table of [...backedUpTables(db), ...rollupTables(db), ...creditRecordTables(db)])
      scope.add(table);
  return [...scope];
}

/** Inside the transaction: removes every row of a book being replaced, rollups included. */
async function deleteBook(db: LumbungDb, bookId: Id): Promise<void> {
  const range = [bookId, Dexie.minKey] as const;
  await db.books.delete(bookId);
  await db.accounts.where('bookId').equals(bookId).delete();
  await db.categories.where('bookId').equals(bookId).delete();
  await db.entries.where('bookId').equals(bookId).delete();
  await db.transfers.where('[bookId+date]').between(range, [bookId, Dexie.maxKey]).delete();
  await db.revisions.where('[bookId+seq]').between(range, [bookId, Dexie.maxKey]).delete();
  await importsTable(db).where('bookId').equals(bookId).delete();
  await db.products.where('bookId').equals(bookId).delete();
  for (const table of creditRecordTables(db)) await table.where('bookId').equals(bookId).delete();
  for (const table of rollupTables(db))
    await table.filter((row: { bookId?: Id }) => row.bookId === bookId).delete();
}

/** The requests that add and put a change's records, each straight to Dexie's core (`core-writes.ts`). */
function recordWrites(db: LumbungDb, change: Change, revisions: readonly Revision[]): PromiseLike<unknown>[] {
  const requests: PromiseLike<unknown>[] = [];
  const each = (
    set: RecordSet | undefined,
    write: (table: Table, rows: readonly unknown[]) => PromiseLike<unknown>,
  ) => {
    for (const [name, rows] of Object.entries(set ?? {}) as [RecordTable, readonly unknown[]][])
      if (rows.length > 0 && name !== 'revisions') requests.push(write(recordTable(db, name), rows));
  };
  each(change.add, coreAdd);
  each(change.put, corePut);
  const eachCredit = (
    set: CreditRecordSet | undefined,
    write: (table: Table, rows: readonly unknown[]) => PromiseLike<unknown>,
  ) => {
    for (const [name, rows] of Object.entries(set ?? {}) as [CreditRecordTable, readonly unknown[]][])
      if (rows.length > 0) requests.push(write(creditRecordTable(db, name), rows));
  };
  eachCredit(change.addCredit, coreAdd);
  eachCredit(change.putCredit, corePut);
  const allRevisions = [...(change.add?.revisions ?? []), ...revisions];
  if (allRevisions.length > 0) requests.push(coreAdd(db.revisions, allRevisions));
  return requests;
}

/**
 * The requests that write the rollup rows a change moves; resolves to the rows as written. A
 * table whose every row is known from the last commit is written without reading it again.
 */
function rollupWrites(
  changes: readonly TableChange[],
  known: RollupRows | undefined,
): Promise<[string, RollupRow | null][]> {
  const tables = changes.map((c) => {
    const apply = (before: readonly (RollupRow | null)[]) => {
      const { requests, after } = c.write(before);
      return Promise.all(requests).then(() =>
        c.ids.map((id, i): [string, RollupRow | null] => [id, after[i] ?? null]),
      );
    };
    const remembered = known && c.ids.every((id) => known.has(id));
    return remembered ? apply(c.ids.map((id) => known.get(id) ?? null)) : c.read().then(apply);
  });
  return Promise.all(tables).then((rows) => rows.flat());
}

/**
 * Whether the last commit already vouches for an expectation, so the write need not read it: a
 * category the last commit's entry used keeps its kind, since a kind changes only while no entry
 * uses it, and moving that entry away would move the chain the write checks.
 */
const vouched = (e: Expectation, last: LastCommit | undefined): boolean =>
  e.what === 'kind' && last?.categories.get(e.categoryId)?.kind === e.kind;

/**
 * Whether the last commit vouches for a contact as the change read it, so the write need not read
 * its row. A rename or hiding adds no revision, so the chain cannot tell; but it is a read-write
 * transaction, in this tab (which forgets the last commit) or another, and moves the write stamp.
 * While the stamp is still the one the last commit's own transaction set, no write has begun since,
 * and the contact it was checked against is the row as stored. (Another tab's stamp is set as its
 * write begins, a transaction's length before that write can land.)
 */
function contactVouched(e: CreditExpectation, last: LastCommit | undefined): boolean {
  if (e.what !== 'row' || last?.stamp === undefined || writeStamp() !== last.stamp) return false;
  const known = last.contacts.get(e.id);
  return known !== undefined && (known === e.row || JSON.stringify(known) === JSON.stringify(e.row));
}

/** What a commit's transaction wrote that the next commit may take as read. */
interface Written {
  rows: [string, RollupRow | null][];
  openCredit: OpenCreditRows;
  stamp: string | undefined;
}

/** The transaction body: checks, then (after any replaced books are gone) every write, issued at once. */
function writeAll(
  db: LumbungDb,
  change: Change,
  tip: ChainTip,
  revisions: readonly Revision[],
  last: LastCommit | undefined,
): Promise<Written> {
  const changes = [
    ...rollupChanges(db, change.daily ?? [], change.dailyTransfers ?? [], change.credit ?? []),
    ...creditRollupChanges(db, change.credit ?? [], change.stock ?? []),
  ];
  const writes = () => {
    const rows = rollupWrites(changes, last?.rows);
    const written = Promise.all([...recordWrites(db, change, revisions), rows]);
    const openCredit = writeOpenCredit(db, change, written, last?.openCredit);
    const stamp = stampSetBy(coreTransaction());
    return Promise.all([rows, openCredit, written]).then(([r, o]) => ({ rows: r, openCredit: o, stamp }));
  };
  const replaces = change.replaces ?? [];
  if (replaces.length > 0)
    return replaces
      .reduce((done, bookId) => done.then(() => deleteBook(db, bookId)), Promise.resolve())
      .then(writes);
  // Issued together, no await of their own: inside a transaction every await is one more hop. The
  // chain check is requested first, so a moved chain's StaleReadError arrives before anything else.
  const checks = [
    ...(revisions.length > 0 && change.bookId !== undefined ? [expectChainTip(db, change.bookId, tip)] : []),
    ...(change.expects ?? []).filter((e) => !vouched(e, last)).map((e) => checkExpectation(db, e)),
    ...(change.creditExpects ?? []).map((e) => checkCreditExpectation(db, e)),
    checkNotOverdrawn(db, change.credit ?? []),
    checkOneCountADay(db, change.stock ?? []),
  ];
  const written = writes();
  return Promise.all([...checks, written]).then(() => written);
}

/**
 * Commits a change: the one place that writes records, revisions and rollups. The drafts are linked
 * onto the book's chain and hashed before the transaction opens; then one strict read-write
 * transaction checks the chain's tip and the change's expectations (no contact owing below zero on
 * any day, one stock count a day among them), and writes the records, the revisions and every
 * rollup the deltas feed. A check that fails throws `StaleReadError`, which
 * `retryOnStale` answers by running the whole verb again from a fresh read.
 */
export async function commitChange(db: LumbungDb, change: Change): Promise<Revision[]> {
  const { bookId } = change;
  const drafts = change.drafts ?? [];
  if (drafts.length > 0 && bookId === undefined) throw new Error('a change with revisions names its book');
  const last = bookId === undefined ? undefined : memory.get(db)?.get(bookId);
  const chained = drafts.length > 0 && bookId !== undefined;
  const tip = chained ? (last ? last.tip : await chainTip(db, bookId)) : undefined;
  const revisions = chained ? chainRevisions(tip, drafts) : [];
  const touched = [bookId, ...(change.replaces ?? []), ...(change.add?.books ?? []).map((b) => b.id)];
  forget(db, touched);
  const trusted = chained ? last : undefined;
  const creditExpects = change.creditExpects?.filter((e) => !contactVouched(e, trusted));
  const checked: Change = { ...change, creditExpects };
  const {
    rows,
    openCredit: wrote,
    stamp,
  } = await db.transaction('rw', scopeOf(db, checked), () => writeAll(db, checked, tip, revisions, trusted));
  // The open credit the last commit left stays true for the sides this one did not move (a cash
  // sale between two credit sales to one customer keeps its row known): the write checked the tip.
  const kept = new Map([...(trusted?.openCredit ?? []), ...wrote]);
  const openCredit = kept.size <= REMEMBERED_ROWS ? kept : wrote;
  const newTip = revisions.at(-1);
  if (bookId !== undefined && newTip && rows.length + openCredit.size <= REMEMBERED_ROWS) {
    const books = memory.get(db) ?? new Map<Id, LastCommit>();
    books.set(bookId, {
      tip: { seq: newTip.seq, hash: newTip.hash },
      stamp,
      rows: new Map(rows),
      openCredit,
      book: change.basis?.book,
      categories: new Map((change.basis?.categories ?? []).map((c) => [c.id, c])),
      accounts: new Map((change.basis?.accounts ?? []).map((a) => [a.id, a])),
      contacts: new Map((change.basis?.contacts ?? []).map((c) => [c.id, c])),
    });
    memory.set(db, books);
  }
  return revisions;
}
