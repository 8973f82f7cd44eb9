import {
  addAccountChange,
  hideAccountChange,
  renameAccountChange,
  type AccountInput,
} from '../domain/changes/catalog';
import type { Account, Id } from '../domain/model';
import { newId } from '../domain/platform';
import { fail, type Result } from '../domain/result';
import { commitPlanned } from './commit-result';
import type { LumbungDb } from './db';
import { problem, type StorageProblem } from './errors';
import { bookRows } from './expectations';
import { retryOnStale } from './retry';

export { ACCOUNT_TYPES, isCashAccount, type AccountInput } from '../domain/changes/catalog';

/** Adds an account (bank, e-wallet…) to a book; names are unique per book, case aside. */
export function addAccount(
  db: LumbungDb,
  bookId: Id,
  input: AccountInput,
): Promise<Result<Account, StorageProblem>> {
  return retryOnStale(async () => {
    if (!(await db.books.get(bookId))) return fail(problem('book.notFound'));
    const siblings = await bookRows(db.accounts, bookId);
    const row = { id: newId(), at: new Date().toISOString() };
    return commitPlanned(db, addAccountChange(bookId, input, siblings, row));
  });
}

/** An account and its book's others, or a refusal when there is no such account. */
async function withSiblings(
  db: LumbungDb,
  accountId: Id,
  plan: (account: Account, siblings: Account[]) => ReturnType<typeof renameAccountChange>,
): Promise<Result<Account, StorageProblem>> {
  const account = await db.accounts.get(accountId);
  if (!account) return fail(problem('account.notFound'));
  return commitPlanned(db, plan(account, await bookRows(db.accounts, account.bookId)));
}

/** Renames an account; `Kas` keeps its name. */
export const renameAccount = (
  db: LumbungDb,
  accountId: Id,
  name: string,
): Promise<Result<Account, StorageProblem>> =>
  retryOnStale(() => withSiblings(db, accountId, (a, siblings) => renameAccountChange(a, name, siblings)));

/** Hides an account from pickers (its entries still count) or shows it again; `Kas` stays visible. */
export const setAccountHidden = (
  db: LumbungDb,
  accountId: Id,
  hidden: boolean,
): Promise<Result<Account, StorageProblem>> =>
  retryOnStale(() => withSiblings(db, accountId, (a, siblings) => hideAccountChange(a, hidden, siblings)));
