import type { Entry, EntryFields, Id } from '../domain/model';
import { fail, ok, type Result } from '../domain/result';
import { reasonProblems } from '../domain/reason';
import { writeWithRevisions } from './chained-write';
import type { LumbungDb } from './db';
import { problem, type StorageProblem } from './errors';
import { checkEntry, entryFieldsOf, expectKind, sameFields } from './entry-checks';
import { retryOnStale } from './retry';
import { entrySnapshot } from './revisions';
import { applyDailyDeltas, entryDelta } from './rollups';

export { addEntry, type AddEntryOptions } from './add-entry';

/** The kind an entry's stored daily total was counted under (a used category keeps its kind). */
async function storedKind(db: LumbungDb, entry: Entry) {
  const kind = (await db.categories.get(entry.categoryId))?.kind;
  if (!kind) throw new Error(`entry ${entry.id} refers to a missing category`);
  return kind;
}

const entryTables = (db: LumbungDb) => [db.entries, db.dailyTotals, db.categories];

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
      await Promise.all([
        expectKind(db, edited.categoryId, kind),
        db.entries.put(edited),
        applyDailyDeltas(db, [...entryDelta(entry, oldKind, -1), ...entryDelta(edited, kind, 1)]),
      ]);
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
