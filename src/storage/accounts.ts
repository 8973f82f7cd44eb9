import { CASH_ACCOUNT_NAME } from '../domain/defaults';
import { nameProblems } from '../domain/names';
import type { Account, AccountType, Id } from '../domain/model';
import { newId } from '../domain/platform';
import { fail, ok, type Result } from '../domain/result';
import { canonicalText, nameKey } from '../domain/text';
import type { LumbungDb } from './db';
import { problem, type StorageProblem } from './errors';
import { expectUnchanged, retryOnStale } from './retry';

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

const siblingsOf = (db: LumbungDb, bookId: Id) => db.accounts.where('bookId').equals(bookId).toArray();

/** Saves an account after checking, inside the transaction, that the book's accounts did not change. */
async function saveAccount(db: LumbungDb, account: Account, siblings: readonly Account[]): Promise<void> {
  await db.transaction('rw', db.accounts, async () => {
    expectUnchanged(siblings, await siblingsOf(db, account.bookId), `accounts of book ${account.bookId}`);
    await db.accounts.put(account);
  });
}

/** Adds an account (bank, e-wallet…) to a book; names are unique per book, case aside. */
export function addAccount(
  db: LumbungDb,
  bookId: Id,
  input: AccountInput,
): Promise<Result<Account, StorageProblem>> {
  return retryOnStale(async () => {
    if (!(await db.books.get(bookId))) return fail(problem('book.notFound'));
    const siblings = await siblingsOf(db, bookId);
    const problems: StorageProblem[] = nameProblems('account', input.name, siblings);
    if (!ACCOUNT_TYPES.includes(input.type)) problems.push(problem('account.typeInvalid'));
    if (problems.length > 0) return fail(...problems);
    const account: Account = {
      id: newId(),
      bookId,
      name: canonicalText(input.name),
      type: input.type,
      hidden: false,
      createdAt: new Date().toISOString(),
    };
    await saveAccount(db, account, siblings);
    return ok(account);
  });
}

/** Renames an account; `Kas` keeps its name. */
export function renameAccount(
  db: LumbungDb,
  accountId: Id,
  name: string,
): Promise<Result<Account, StorageProblem>> {
  return retryOnStale(async () => {
    const account = await db.accounts.get(accountId);
    if (!account) return fail(problem('account.notFound'));
    if (isCashAccount(account) && !isCashAccount({ name })) return fail(problem('account.cashRequired'));
    const siblings = await siblingsOf(db, account.bookId);
    const problems = nameProblems('account', name, siblings, accountId);
    if (problems.length > 0) return fail(...problems);
    const renamed: Account = { ...account, name: canonicalText(name) };
    await saveAccount(db, renamed, siblings);
    return ok(renamed);
  });
}

/** Hides an account from pickers (its entries still count) or shows it again; `Kas` stays visible. */
export function setAccountHidden(
  db: LumbungDb,
  accountId: Id,
  hidden: boolean,
): Promise<Result<Account, StorageProblem>> {
  return retryOnStale(async () => {
    const account = await db.accounts.get(accountId);
    if (!account) return fail(problem('account.notFound'));
    if (hidden && isCashAccount(account)) return fail(problem('account.cashRequired'));
    const siblings = await siblingsOf(db, account.bookId);
    const changed: Account = { ...account, hidden };
    await saveAccount(db, changed, siblings);
    return ok(changed);
  });
}
