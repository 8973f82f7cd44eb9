import { isCategoryKind } from '../kinds';
import type { Account, Category, EntryFields, Id, TransferFields } from '../model';
import { nameProblems } from '../names';
import { fail, ok, type Problem, type Result } from '../result';
import { byNameKey, canonicalText, nameKey } from '../text';
import { entryProblems, transferProblems } from '../validate-entry';
import { ACCOUNT_TYPES, type AccountInput, type CategoryInput } from './catalog';
import { entryFieldsOf, transferFieldsOf } from './fields';
import type { ResolvedImport } from './import';
import {
  placed as at,
  resolveImportCredit,
  type ImportCreditContext,
  type ImportCreditRows,
} from './import-credit';

/** An imported entry: its category and account named rather than referred to by id. */
export interface ImportEntryRow extends Omit<
  EntryFields,
  'categoryId' | 'accountId' | 'counterparty' | 'contactId'
> {
  categoryName: string;
  accountName: string;
  /** The contact of a sale or purchase on credit, by name (one of the book's or the batch's new ones). */
  contactName?: string;
  /** The CSV has no counterparty column; empty when left out. */
  counterparty?: string;
  /** The file's line number, echoed in problems so the member can find the row. */
  line?: number;
}

/** An imported transfer: its accounts named rather than referred to by id. */
export interface ImportTransferRow extends Omit<TransferFields, 'fromAccountId' | 'toAccountId'> {
  fromAccountName: string;
  toAccountName: string;
  /** The file's line number, echoed in problems so the member can find the row. */
  line?: number;
}

/** One import, as the CSV reader hands it over. */
export interface ImportBatch extends ImportCreditRows {
  /** Identifies the batch; importing the same id twice is refused. */
  importId: Id;
  newAccounts: AccountInput[];
  newCategories: CategoryInput[];
  entries: ImportEntryRow[];
  transfers: ImportTransferRow[];
}

/** Checks a batch against the book's accounts and categories and resolves its names (pure). */
export function resolveImportBatch(
  bookId: Id,
  batch: ImportBatch,
  book: ImportCreditContext & {
    accounts: readonly Account[];
    categories: readonly Category[];
    at: string;
    newId: () => Id;
  },
): Result<ResolvedImport, Problem> {
  const problems: Problem[] = [];
  const accounts = [...book.accounts];
  const categories = [...book.categories];
  const newAccounts: Account[] = [];
  const newCategories: Category[] = [];
  batch.newAccounts.forEach(({ name, type }, i) => {
    const found: Problem[] = nameProblems('account', name, accounts);
    if (!ACCOUNT_TYPES.includes(type)) found.push({ code: 'account.typeInvalid' });
    problems.push(...found.map(at('newAccounts', i)));
    const row: Account = {
      id: book.newId(),
      bookId,
      name: canonicalText(name),
      type,
      hidden: false,
      createdAt: book.at,
    };
    accounts.push(row);
    newAccounts.push(row);
  });
  batch.newCategories.forEach(({ name, kind }, i) => {
    const found: Problem[] = nameProblems('category', name, categories);
    if (!isCategoryKind(kind)) found.push({ code: 'category.kindInvalid' });
    problems.push(...found.map(at('newCategories', i)));
    const row: Category = {
      id: book.newId(),
      bookId,
      name: canonicalText(name),
      kind,
      hidden: false,
      createdAt: book.at,
    };
    categories.push(row);
    newCategories.push(row);
  });
  const accountByName = new Map(accounts.map((a) => [nameKey(a.name), a]));
  const categoryByName = new Map(categories.map((c) => [nameKey(c.name), c]));
  const { resolved: credit, contactByName } = resolveImportCredit(
    bookId,
    batch,
    { ...book, firstDate: firstDateOf(batch, book.firstRecordDate) },
    accountByName,
    problems,
  );
  const categoryOf = byNameKey(categoryByName);
  const accountOf = byNameKey(accountByName);
  const contactOf = byNameKey(contactByName);
  // The fields are taken from the row as it is: `entryFieldsOf` and `transferFieldsOf` keep only
  // the record's own fields (not the names or the line), and problems are worked on only when found.
  const entries = batch.entries.map((row, i) => {
    const { categoryName, accountName, contactName } = row;
    const category = categoryOf(categoryName);
    const account = accountOf(accountName);
    const contact = contactName === undefined ? undefined : contactOf(contactName);
    const fields = entryFieldsOf({
      ...row,
      counterparty: row.counterparty ?? '',
      categoryId: category?.id ?? '',
      accountId: account?.id ?? '',
      contactId: contactName === undefined ? undefined : (contact?.id ?? ''),
    });
    const found = entryProblems(fields, { category, account, contact });
    if (found.length > 0)
      problems.push(
        ...found
          .map((p) =>
            p.code === 'entry.categoryMissing'
              ? { ...p, params: { name: categoryName } }
              : p.code === 'entry.accountMissing'
                ? { ...p, params: { name: accountName } }
                : p,
          )
          .map(at('entries', i, row.line)),
      );
    return fields;
  });
  const transfers = batch.transfers.map((row, i) => {
    const { fromAccountName, toAccountName } = row;
    const from = accountOf(fromAccountName);
    const to = accountOf(toAccountName);
    const fields = transferFieldsOf({ ...row, fromAccountId: from?.id ?? '', toAccountId: to?.id ?? '' });
    const found = transferProblems(fields, { fromAccount: from, toAccount: to });
    if (found.length > 0)
      problems.push(
        ...found
          .map((p) =>
            p.code === 'transfer.accountMissing'
              ? {
                  ...p,
                  params: { ...p.params, name: p.params?.side === 'from' ? fromAccountName : toAccountName },
                }
              : p,
          )
          .map(at('transfers', i, row.line)),
      );
    return fields;
  });
  if (problems.length > 0) return fail(...problems);
  const lines = { entries: batch.entries.map((r) => r.line), transfers: batch.transfers.map((r) => r.line) };
  return ok({ newAccounts, newCategories, entries, transfers, credit, lines });
}

/** The earliest date of the book and of every row but the opening stock, which must come on or before it. */
function firstDateOf(batch: ImportBatch, bookFirst: string | undefined): string | undefined {
  const dates = [
    bookFirst,
    ...batch.entries.map((r) => r.date),
    ...batch.transfers.map((r) => r.date),
    ...(batch.settlements ?? []).map((r) => r.date),
    ...(batch.openingItems ?? []).map((r) => r.date),
    ...(batch.stockCounts ?? []).filter((r) => !r.opening).map((r) => r.date),
  ].filter((d): d is string => d !== undefined);
  return dates.sort()[0];
}
