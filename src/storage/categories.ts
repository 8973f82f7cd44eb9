import {
  addCategoryChange,
  changeKindChange,
  hideCategoryChange,
  renameCategoryChange,
  type CategoryInput,
} from '../domain/changes/catalog';
import type { CategoryKind } from '../domain/kinds';
import type { Category, Id } from '../domain/model';
import { newId } from '../domain/platform';
import { fail, type Result } from '../domain/result';
import { commitPlanned } from './commit-result';
import type { LumbungDb } from './db';
import { problem, type StorageProblem } from './errors';
import { bookRows, entriesUsing } from './expectations';
import { retryOnStale } from './retry';

export type { CategoryInput };

/** Whether any entry of the book, voided ones included, uses the category (its kind is then fixed). */
export async function categoryInUse(db: LumbungDb, categoryId: Id): Promise<boolean> {
  const category = await db.categories.get(categoryId);
  return category !== undefined && (await entriesUsing(db, category)) > 0;
}

/** Adds a category of one kind to a book; names are unique per book, case aside. */
export function addCategory(
  db: LumbungDb,
  bookId: Id,
  input: CategoryInput,
): Promise<Result<Category, StorageProblem>> {
  return retryOnStale(async () => {
    if (!(await db.books.get(bookId))) return fail(problem('book.notFound'));
    const siblings = await bookRows(db.categories, bookId);
    const row = { id: newId(), at: new Date().toISOString() };
    return commitPlanned(db, addCategoryChange(bookId, input, siblings, row));
  });
}

/** A category and its book's others, or a refusal when there is no such category. */
async function withSiblings(
  db: LumbungDb,
  categoryId: Id,
  plan: (category: Category, siblings: Category[]) => ReturnType<typeof renameCategoryChange>,
): Promise<Result<Category, StorageProblem>> {
  const category = await db.categories.get(categoryId);
  if (!category) return fail(problem('category.notFound'));
  return commitPlanned(db, plan(category, await bookRows(db.categories, category.bookId)));
}

/** Renames a category; its entries follow, since they refer to it by id. */
export const renameCategory = (
  db: LumbungDb,
  categoryId: Id,
  name: string,
): Promise<Result<Category, StorageProblem>> =>
  retryOnStale(() => withSiblings(db, categoryId, (c, siblings) => renameCategoryChange(c, name, siblings)));

/** Hides a category from the chips (its entries still count) or shows it again. */
export const setCategoryHidden = (
  db: LumbungDb,
  categoryId: Id,
  hidden: boolean,
): Promise<Result<Category, StorageProblem>> =>
  retryOnStale(() => withSiblings(db, categoryId, (c, siblings) => hideCategoryChange(c, hidden, siblings)));

/** Changes a category's kind, only while no entry (voided ones included) uses it. */
export function changeCategoryKind(
  db: LumbungDb,
  categoryId: Id,
  kind: CategoryKind,
): Promise<Result<Category, StorageProblem>> {
  return retryOnStale(async () => {
    const category = await db.categories.get(categoryId);
    if (!category) return fail(problem('category.notFound'));
    return commitPlanned(db, changeKindChange(category, kind, await entriesUsing(db, category)));
  });
}
