import type { Table } from 'dexie';
import type { CategoryKind } from '../domain/kinds';
import type { EntryFields, Id, TransferFields } from '../domain/model';
import { entryProblems, transferProblems } from '../domain/validate-entry';
import type { LumbungDb } from './db';
import { asStorageProblem, type StorageProblem } from './errors';
import { expectUnchanged } from './retry';

/** Only the member's fields of an entry, with the free text trimmed. */
export const entryFieldsOf = (f: EntryFields): EntryFields => ({
  date: f.date,
  direction: f.direction,
  amount: f.amount,
  categoryId: f.categoryId,
  accountId: f.accountId,
  note: f.note.trim(),
  counterparty: f.counterparty.trim(),
});

/** Only the member's fields of a transfer, with the note trimmed. */
export const transferFieldsOf = (f: TransferFields): TransferFields => ({
  date: f.date,
  amount: f.amount,
  fromAccountId: f.fromAccountId,
  toAccountId: f.toAccountId,
  note: f.note.trim(),
});

/** Whether two sets of fields are the same (an edit that changes nothing writes nothing). */
export const sameFields = (a: EntryFields | TransferFields, b: EntryFields | TransferFields): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** A row of the given book, or undefined when it is missing or belongs to another book. */
async function ofBook<T extends { bookId: Id }>(
  table: Table<T, Id>,
  bookId: Id,
  id: Id,
): Promise<T | undefined> {
  const row = typeof id === 'string' ? await table.get(id) : undefined;
  return row?.bookId === bookId ? row : undefined;
}

/** Checks an entry's fields against the book; on success, the kind of its category. */
export async function checkEntry(
  db: LumbungDb,
  bookId: Id,
  fields: EntryFields,
): Promise<{ problems: StorageProblem[]; kind: CategoryKind | undefined }> {
  const [category, account] = await Promise.all([
    ofBook(db.categories, bookId, fields.categoryId),
    ofBook(db.accounts, bookId, fields.accountId),
  ]);
  return {
    problems: entryProblems(fields, { category, account }).map(asStorageProblem),
    kind: category?.kind,
  };
}

/** Checks a transfer's fields against the book. */
export async function checkTransfer(
  db: LumbungDb,
  bookId: Id,
  fields: TransferFields,
): Promise<StorageProblem[]> {
  const [fromAccount, toAccount] = await Promise.all([
    ofBook(db.accounts, bookId, fields.fromAccountId),
    ofBook(db.accounts, bookId, fields.toAccountId),
  ]);
  return transferProblems(fields, { fromAccount, toAccount }).map(asStorageProblem);
}

/** Inside a write transaction: aborts (to retry) when a category's kind changed since validation. */
export async function expectKind(db: LumbungDb, categoryId: Id, kind: CategoryKind): Promise<void> {
  expectUnchanged(kind, (await db.categories.get(categoryId))?.kind, `kind of category ${categoryId}`);
}
