import type { Entry, EntryFields, Id, Source } from '../domain/model';
import { newId } from '../domain/platform';
import { fail, ok, type Result } from '../domain/result';
import { reasonProblems, writeWithRevisions } from './chained-write';
import type { LumbungDb } from './db';
import { problem, type StorageProblem } from './errors';
import { checkEntry, entryFieldsOf, expectKind, sameFields } from './entry-checks';
import { retryOnStale } from './retry';
import { entrySnapshot } from './revisions';
import { applyDailyDeltas, entryDelta } from './rollups';

/** Options of `addEntry` beyond the member's fields. */
export interface AddEntryOptions {
  source?: Source;
  importId?: Id;
  /** When the entry counts as recorded (defaults to now). */
  now?: Date;
}

/** The kind an entry's stored daily total was counted under (a used category keeps its kind). */
async function storedKind(db: LumbungDb, entry: Entry) {
  const kind = (await db.categories.get(entry.categoryId))?.kind;
  if (!kind) throw new Error(`entry ${entry.id} refers to a missing category`);
  return kind;
}

const entryTables = (db: LumbungDb) => [db.entries, db.dailyTotals, db.categories];

/** Records money in or out: the entry, its first revision and its daily total, in one transaction. */
export function addEntry(
  db: LumbungDb,
  bookId: Id,
  fields: EntryFields,
  opts: AddEntryOptions = {},
): Promise<Result<Entry, StorageProblem>> {
  return retryOnStale(async () => {
    if (!(await db.books.get(bookId))) return fail(problem('book.notFound'));
    const { problems, kind } = await checkEntry(db, bookId, fields);
    if (problems.length > 0 || !kind) return fail(...problems);
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
    const draft = {
      bookId,
      subjectId: entry.id,
      action: 'create' as const,
      at,
      snapshot: entrySnapshot(entry),
    };
    await writeWithRevisions(db, bookId, [draft], entryTables(db), async () => {
      await expectKind(db, entry.categoryId, kind);
      await db.entries.add(entry);
      await applyDailyDeltas(db, entryDelta(entry, kind, 1));
    });
    return ok(entry);
  });
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
    if (entry.voided) return fail(problem('entry.voided'));
    const { problems, kind } = await checkEntry(db, entry.bookId, fields);
    problems.push(...reasonProblems(reason, false));
    if (problems.length > 0 || !kind) return fail(...problems);
    const oldKind = await storedKind(db, entry);
    const changed = entryFieldsOf(fields);
    if (sameFields(entryFieldsOf(entry), changed)) return ok(entry);
    const at = new Date().toISOString();
    const edited: Entry = { ...entry, ...changed, updatedAt: at };
    const draft = {
      bookId: entry.bookId,
      subjectId: entryId,
      action: 'edit' as const,
      at,
      ...(reason?.trim() ? { reason: reason.trim() } : {}),
      snapshot: entrySnapshot(edited),
    };
    await writeWithRevisions(db, entry.bookId, [draft], entryTables(db), async () => {
      await expectKind(db, edited.categoryId, kind);
      await db.entries.put(edited);
      await applyDailyDeltas(db, [...entryDelta(entry, oldKind, -1), ...entryDelta(edited, kind, 1)]);
    });
    return ok(edited);
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
    if (entry.voided) return fail(problem('entry.alreadyVoided'));
    const problems = reasonProblems(reason, true);
    if (problems.length > 0) return fail(...problems);
    const kind = await storedKind(db, entry);
    const at = new Date().toISOString();
    const voided: Entry = { ...entry, voided: true, voidReason: reason.trim(), updatedAt: at };
    const draft = {
      bookId: entry.bookId,
      subjectId: entryId,
      action: 'void' as const,
      at,
      reason: reason.trim(),
      snapshot: entrySnapshot(voided),
    };
    await writeWithRevisions(db, entry.bookId, [draft], entryTables(db), async () => {
      await db.entries.put(voided);
      await applyDailyDeltas(db, entryDelta(entry, kind, -1));
    });
    return ok(voided);
  });
}
