import type { Table } from 'dexie';
import { addEntryChange, editEntryChange, newEntry, voidEntryChange } from '../domain/changes/entry';
import type { CategoryKind } from '../domain/kinds';
import type { Entry, EntryFields, Id, Source } from '../domain/model';
import { newId } from '../domain/platform';
import { fail, type Result } from '../domain/result';
import { lastBasis } from './commit';
import { commitPlanned } from './commit-result';
import { creditBasis } from './credit-basis';
import type { LumbungDb } from './db';
import { problem, type StorageProblem } from './errors';
import { belongingTo } from './queries';
import { retryOnStale } from './retry';

/** Options of `addEntry` and `addTransfer` beyond the member's fields. */
export interface AddEntryOptions {
  source?: Source;
  importId?: Id;
  /** When the entry counts as recorded (defaults to now). */
  now?: Date;
}

/** The contact an entry names, read (none when it names none). */
const entryContact = (db: LumbungDb, bookId: Id, fields: EntryFields) =>
  fields.contactId === undefined ? undefined : belongingTo(db.contacts, bookId, fields.contactId);

/**
 * The book, category, account and contact a new entry is checked against: as the last commit knew
 * them, or read. A remembered contact is checked again by the write, since names and hiding can
 * change in any tab without moving the chain.
 */
async function entryBasis(db: LumbungDb, bookId: Id, fields: EntryFields) {
  const known = lastBasis(db, bookId);
  const category = known?.categories.get(fields.categoryId);
  const account = known?.accounts.get(fields.accountId);
  const contact = fields.contactId === undefined ? undefined : known?.contacts.get(fields.contactId);
  if (known?.book && category && account && (fields.contactId === undefined || contact))
    return { book: known.book, category, account, contact };
  const tables: Table[] = [db.books, db.categories, db.accounts];
  if (fields.contactId !== undefined) tables.push(db.contacts);
  return db.transaction('r', tables, async () => {
    const [book, c, a, read] = await Promise.all([
      known?.book ?? db.books.get(bookId),
      category ?? belongingTo(db.categories, bookId, fields.categoryId),
      account ?? belongingTo(db.accounts, bookId, fields.accountId),
      contact ?? entryContact(db, bookId, fields),
    ]);
    return { book, category: c, account: a, contact: read };
  });
}

/**
 * Records money in or out: the entry, its first revision and its rollups, in one transaction. A
 * run of sales in one book reads nothing first: what the last save was checked against and wrote
 * is known, and the write checks that nothing moved since.
 */
export function addEntry(
  db: LumbungDb,
  bookId: Id,
  fields: EntryFields,
  opts: AddEntryOptions = {},
): Promise<Result<Entry, StorageProblem>> {
  return retryOnStale(async () => {
    const at = (opts.now ?? new Date()).toISOString();
    const entry = newEntry(bookId, fields, {
      id: newId(),
      at,
      source: opts.source ?? 'app',
      importId: opts.importId,
    });
    return commitPlanned(db, addEntryChange(entry, await entryBasis(db, bookId, fields)));
  });
}

/** The kind an entry's stored daily total was counted under (a used category keeps its kind). */
async function storedKind(db: LumbungDb, entry: Entry): Promise<CategoryKind> {
  const kind = (await db.categories.get(entry.categoryId))?.kind;
  if (!kind) throw new Error(`entry ${entry.id} refers to a missing category`);
  return kind;
}

/** Corrects an entry: a new revision records the change and the rollups follow it to its new day, category or account. */
export function editEntry(
  db: LumbungDb,
  entryId: Id,
  fields: EntryFields,
  reason?: string,
): Promise<Result<Entry, StorageProblem>> {
  return retryOnStale(async () => {
    const entry = await db.entries.get(entryId);
    if (!entry) return fail(problem('entry.notFound'));
    const [kind, category, account, contact, credit] = await Promise.all([
      storedKind(db, entry),
      belongingTo(db.categories, entry.bookId, fields.categoryId),
      belongingTo(db.accounts, entry.bookId, fields.accountId),
      entryContact(db, entry.bookId, fields),
      creditBasis(db, entry.bookId, [entry.contactId, fields.contactId]),
    ]);
    const at = new Date().toISOString();
    const basis = { storedKind: kind, category, account, contact, credit };
    return commitPlanned(db, editEntryChange(entry, fields, basis, at, reason));
  });
}

/** Voids an entry: it stays in the book and its history, counting nowhere. */
export function voidEntry(
  db: LumbungDb,
  entryId: Id,
  reason: string,
): Promise<Result<Entry, StorageProblem>> {
  return retryOnStale(async () => {
    const entry = await db.entries.get(entryId);
    if (!entry) return fail(problem('entry.notFound'));
    const at = new Date().toISOString();
    const [kind, credit] = await Promise.all([
      storedKind(db, entry),
      creditBasis(db, entry.bookId, [entry.contactId]),
    ]);
    return commitPlanned(db, voidEntryChange(entry, kind, at, reason, credit));
  });
}
