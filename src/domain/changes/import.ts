import type { ImportRecord } from '../backup/schema';
import type { CategoryKind } from '../kinds';
import { rollUp } from '../daily-rollups';
import type { Account, Category, Entry, EntryFields, Id, Instant, Transfer, TransferFields } from '../model';
import type { Change } from './change';
import { draftOf } from './drafts';
import { newEntry } from './entry';
import { newTransfer } from './transfer';

/** An import's rows with every name resolved to the book's (or a new) account and category. */
export interface ResolvedImport {
  newAccounts: Account[];
  newCategories: Category[];
  entries: EntryFields[];
  transfers: TransferFields[];
}

/** What an import is written against: the book's accounts and categories as read, and the batch's ids. */
export interface ImportBasis {
  bookId: Id;
  importId: Id;
  at: Instant;
  accounts: readonly Account[];
  categories: readonly Category[];
  newId: () => Id;
  /** The file the batch came from (SHA-256, name, data rows), recorded so it is known if it comes again. */
  file?: { hash: string; fileName: string; rows: number };
}

/**
 * A whole import as one change: the new accounts and categories, every entry and transfer with its
 * first revision, the rollups merged once per day, category and account, and the import's record.
 * It holds only while the book's accounts and categories are as they were resolved against.
 */
export function importChange(
  resolved: ResolvedImport,
  basis: ImportBasis,
): { change: Change; entries: Entry[]; transfers: Transfer[] } {
  const { bookId, importId, at, newId } = basis;
  const created = () => ({ id: newId(), at, source: 'import' as const, importId });
  const entries = resolved.entries.map((fields) => newEntry(bookId, fields, created()));
  const transfers = resolved.transfers.map((fields) => newTransfer(bookId, fields, created()));
  const kinds = new Map<Id, CategoryKind>(
    [...basis.categories, ...resolved.newCategories].map((c) => [c.id, c.kind]),
  );
  const rolled = rollUp(entries, transfers, (id) => kinds.get(id) as CategoryKind);
  const { file } = basis;
  const record: ImportRecord | undefined = file && {
    importId,
    bookId,
    hash: file.hash,
    fileName: file.fileName,
    at,
    counts: {
      rows: file.rows,
      entries: entries.length,
      transfers: transfers.length,
      newCategories: resolved.newCategories.length,
      newAccounts: resolved.newAccounts.length,
    },
  };
  return {
    entries,
    transfers,
    change: {
      bookId,
      add: {
        accounts: resolved.newAccounts,
        categories: resolved.newCategories,
        entries,
        transfers,
        ...(record ? { imports: [record] } : {}),
      },
      drafts: [
        ...entries.map((entry) => draftOf({ entry }, 'create')),
        ...transfers.map((transfer) => draftOf({ transfer }, 'create')),
      ],
      daily: rolled.daily,
      dailyTransfers: rolled.transfers,
      expects: [
        { what: 'rows', table: 'accounts', bookId, rows: basis.accounts },
        { what: 'rows', table: 'categories', bookId, rows: basis.categories },
      ],
    },
  };
}
