import { CASH_ACCOUNT_NAME } from '../defaults';
import { isCategoryKind, type CategoryKind } from '../kinds';
import type { Account, AccountType, Category, Id, Instant } from '../model';
import { nameProblems } from '../names';
import { fail, ok, type Problem, type Result } from '../result';
import { canonicalText, nameKey } from '../text';
import type { Planned } from './change';

/** What a member fills in for a new category. */
export interface CategoryInput {
  name: string;
  kind: CategoryKind;
}

/** What a member fills in for a new account. */
export interface AccountInput {
  name: string;
  type: AccountType;
}

/** Every account type, in the order a picker offers them. */
export const ACCOUNT_TYPES: readonly AccountType[] = ['cash', 'bank', 'ewallet'];

/** Whether an account is the book's `Kas`, which is always present and visible. */
export const isCashAccount = (account: Pick<Account, 'name'>): boolean =>
  nameKey(account.name) === nameKey(CASH_ACCOUNT_NAME);

/** The id and time a new category or account is made with. */
export interface NewRow {
  id: Id;
  at: Instant;
}

/**
 * A category or account written after checking it against the book's others of its kind (names
 * are unique per book): the change holds only while those are as they were read.
 */
function saveRow<T extends Category | Account>(
  table: 'categories' | 'accounts',
  row: T,
  siblings: readonly T[],
  problems: Problem[],
): Result<Planned<T>, Problem> {
  if (problems.length > 0) return fail(...problems);
  return ok({
    value: row,
    change: {
      bookId: row.bookId,
      put: { [table]: [row] },
      expects: [{ what: 'rows', table, bookId: row.bookId, rows: siblings }],
    },
  });
}

/** Adding a category of one kind to a book. */
export function addCategoryChange(
  bookId: Id,
  input: CategoryInput,
  siblings: readonly Category[],
  row: NewRow,
): Result<Planned<Category>, Problem> {
  const problems: Problem[] = nameProblems('category', input.name, siblings);
  if (!isCategoryKind(input.kind)) problems.push({ code: 'category.kindInvalid' });
  const category: Category = {
    id: row.id,
    bookId,
    name: canonicalText(input.name),
    kind: input.kind,
    hidden: false,
    createdAt: row.at,
  };
  return saveRow('categories', category, siblings, problems);
}

/** Renaming a category; its entries follow, since they refer to it by id. */
export function renameCategoryChange(
  category: Category,
  name: string,
  siblings: readonly Category[],
): Result<Planned<Category>, Problem> {
  const problems = nameProblems('category', name, siblings, category.id);
  return saveRow('categories', { ...category, name: canonicalText(name) }, siblings, problems);
}

/** Hiding a category from the chips (its entries still count) or showing it again. */
export const hideCategoryChange = (
  category: Category,
  hidden: boolean,
  siblings: readonly Category[],
): Result<Planned<Category>, Problem> => saveRow('categories', { ...category, hidden }, siblings, []);

/** Changing a category's kind, only while no entry (voided ones included) uses it. */
export function changeKindChange(
  category: Category,
  kind: CategoryKind,
  used: number,
): Result<Planned<Category>, Problem> {
  if (!isCategoryKind(kind)) return fail({ code: 'category.kindInvalid' });
  if (used > 0) return fail({ code: 'category.inUse', params: { count: used } });
  const changed: Category = { ...category, kind };
  return ok({
    value: changed,
    change: {
      bookId: category.bookId,
      put: { categories: [changed] },
      expects: [{ what: 'unused', category }],
    },
  });
}

/** Adding an account (bank, e-wallet…) to a book. */
export function addAccountChange(
  bookId: Id,
  input: AccountInput,
  siblings: readonly Account[],
  row: NewRow,
): Result<Planned<Account>, Problem> {
  const problems: Problem[] = nameProblems('account', input.name, siblings);
  if (!ACCOUNT_TYPES.includes(input.type)) problems.push({ code: 'account.typeInvalid' });
  const account: Account = {
    id: row.id,
    bookId,
    name: canonicalText(input.name),
    type: input.type,
    hidden: false,
    createdAt: row.at,
  };
  return saveRow('accounts', account, siblings, problems);
}

/** Renaming an account; `Kas` keeps its name. */
export function renameAccountChange(
  account: Account,
  name: string,
  siblings: readonly Account[],
): Result<Planned<Account>, Problem> {
  if (isCashAccount(account) && !isCashAccount({ name })) return fail({ code: 'account.cashRequired' });
  const problems = nameProblems('account', name, siblings, account.id);
  return saveRow('accounts', { ...account, name: canonicalText(name) }, siblings, problems);
}

/** Hiding an account from pickers (its entries still count) or showing it again; `Kas` stays visible. */
export function hideAccountChange(
  account: Account,
  hidden: boolean,
  siblings: readonly Account[],
): Result<Planned<Account>, Problem> {
  if (hidden && isCashAccount(account)) return fail({ code: 'account.cashRequired' });
  return saveRow('accounts', { ...account, hidden }, siblings, []);
}
