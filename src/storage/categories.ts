import { isCategoryKind, type CategoryKind } from '../domain/kinds';
import type { Category, Id } from '../domain/model';
import { nameProblems } from '../domain/names';
import { newId } from '../domain/platform';
import { fail, ok, type Result } from '../domain/result';
import { canonicalText } from '../domain/text';
import type { LumbungDb } from './db';
import { entriesUsing } from './expectations';
import { problem, type StorageProblem } from './errors';
import { expectUnchanged, retryOnStale } from './retry';

/** What a member fills in for a new category. */
export interface CategoryInput {
  name: string;
  kind: CategoryKind;
}

const siblingsOf = (db: LumbungDb, bookId: Id) => db.categories.where('bookId').equals(bookId).toArray();

/** Whether any entry of the book, voided ones included, uses the category (its kind is then fixed). */
export async function categoryInUse(db: LumbungDb, categoryId: Id): Promise<boolean> {
  const category = await db.categories.get(categoryId);
  return category !== undefined && (await entriesUsing(db, category)) > 0;
}

/** Saves a category after checking, inside the transaction, that the book's categories did not change. */
async function saveCategory(db: LumbungDb, category: Category, siblings: readonly Category[]): Promise<void> {
  await db.transaction('rw', db.categories, async () => {
    expectUnchanged(siblings, await siblingsOf(db, category.bookId), `categories of book ${category.bookId}`);
    await db.categories.put(category);
  });
}

/** Adds a category of one kind to a book; names are unique per book, case aside. */
export function addCategory(
  db: LumbungDb,
  bookId: Id,
  input: CategoryInput,
): Promise<Result<Category, StorageProblem>> {
  return retryOnStale(async () => {
    if (!(await db.books.get(bookId))) return fail(problem('book.notFound'));
    const siblings = await siblingsOf(db, bookId);
    const problems: StorageProblem[] = nameProblems('category', input.name, siblings);
    if (!isCategoryKind(input.kind)) problems.push(problem('category.kindInvalid'));
    if (problems.length > 0) return fail(...problems);
    const category: Category = {
      id: newId(),
      bookId,
      name: canonicalText(input.name),
      kind: input.kind,
      hidden: false,
      createdAt: new Date().toISOString(),
    };
    await saveCategory(db, category, siblings);
    return ok(category);
  });
}

/** Renames a category; its entries follow, since they refer to it by id. */
export function renameCategory(
  db: LumbungDb,
  categoryId: Id,
  name: string,
): Promise<Result<Category, StorageProblem>> {
  return retryOnStale(async () => {
    const category = await db.categories.get(categoryId);
    if (!category) return fail(problem('category.notFound'));
    const siblings = await siblingsOf(db, category.bookId);
    const problems = nameProblems('category', name, siblings, categoryId);
    if (problems.length > 0) return fail(...problems);
    const renamed: Category = { ...category, name: canonicalText(name) };
    await saveCategory(db, renamed, siblings);
    return ok(renamed);
  });
}

/** Changes a category's kind, only while no entry (voided ones included) uses it. */
export function changeCategoryKind(
  db: LumbungDb,
  categoryId: Id,
  kind: CategoryKind,
): Promise<Result<Category, StorageProblem>> {
  return retryOnStale(async () => {
    const category = await db.categories.get(categoryId);
    if (!category) return fail(problem('category.notFound'));
    if (!isCategoryKind(kind)) return fail(problem('category.kindInvalid'));
    const used = await entriesUsing(db, category);
    if (used > 0) return fail(problem('category.inUse', { count: used }));
    const changed: Category = { ...category, kind };
    await db.transaction('rw', [db.categories, db.entries], async () => {
      expectUnchanged(category, await db.categories.get(categoryId), `category ${categoryId}`);
      expectUnchanged(0, await entriesUsing(db, category), `entries of category ${categoryId}`);
      await db.categories.put(changed);
    });
    return ok(changed);
  });
}

/** Hides a category from the chips (its entries still count) or shows it again. */
export function setCategoryHidden(
  db: LumbungDb,
  categoryId: Id,
  hidden: boolean,
): Promise<Result<Category, StorageProblem>> {
  return retryOnStale(async () => {
    const category = await db.categories.get(categoryId);
    if (!category) return fail(problem('category.notFound'));
    const siblings = await siblingsOf(db, category.bookId);
    const changed: Category = { ...category, hidden };
    await saveCategory(db, changed, siblings);
    return ok(changed);
  });
}
