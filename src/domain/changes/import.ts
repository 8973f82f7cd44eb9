import type { ImportRecord } from '../backup/schema';
import { entryCreditDelta, openingItemDelta, settlementDelta } from '../credit/rollups';
import type { CategoryKind } from '../kinds';
import { rollUp } from '../daily-rollups';
import { stockCountDelta } from '../stock/levels';
import type { Account, Category, Entry, EntryFields, Id, Instant, Transfer, TransferFields } from '../model';
import type { Settlement } from '../credit/records';
import type { Change } from './change';
import { draftOf } from './drafts';
import { newEntry } from './entry';
import type { ResolvedImportCredit } from './import-credit';
import { lineOrderedId } from './import-ids';
import { newOpeningItem } from './opening-item';
import { newSettlement } from './settlement';
import { newStockCount } from './stock-count';
import { newTransfer } from './transfer';

/** An import's rows with every name resolved to the book's (or a new) account and category. */
export interface ResolvedImport {
  newAccounts: Account[];
  newCategories: Category[];
  entries: EntryFields[];
  transfers: TransferFields[];
  /** Contacts, settlements, stock counts and opening items; none in a plain cash import. */
  credit?: ResolvedImportCredit;
  /** Each entry's and transfer's file line, in the order of its list. */
  lines?: { entries: (number | undefined)[]; transfers: (number | undefined)[] };
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
  /** The book's contacts as read, which new contact names were checked against. */
  contacts?: readonly unknown[];
}

/**
 * A whole import as one change: the new accounts and categories, every entry and transfer with its
 * first revision, the rollups merged once per day, category and account, and the import's record.
 * It holds only while the book's accounts and categories are as they were resolved against.
 */
export function importChange(
  resolved: ResolvedImport,
  basis: ImportBasis,
): { change: Change; entries: Entry[]; transfers: Transfer[]; settlements: Settlement[] } {
  const { bookId, importId, at, newId } = basis;
  const created = (line?: number) => ({
    id: lineOrderedId(line, newId),
    at,
    source: 'import' as const,
    importId,
  });
  const { lines, credit } = resolved;
  const entries = resolved.entries.map((fields, i) => newEntry(bookId, fields, created(lines?.entries[i])));
  const transfers = resolved.transfers.map((fields, i) =>
    newTransfer(bookId, fields, created(lines?.transfers[i])),
  );
  const settlements = (credit?.settlements ?? []).map((f, i) =>
    newSettlement(bookId, f, created(credit?.lines.settlements[i])),
  );
  const stockCounts = (credit?.stockCounts ?? []).map((f, i) =>
    newStockCount(bookId, f, created(credit?.lines.stockCounts[i])),
  );
  const openingItems = (credit?.openingItems ?? []).map((f, i) =>
    newOpeningItem(bookId, f, created(credit?.lines.openingItems[i])),
  );
  const kinds = new Map<Id, CategoryKind>(
    [...basis.categories, ...resolved.newCategories].map((c) => [c.id, c.kind]),
  );
  const kindOf = (id: Id) => kinds.get(id) as CategoryKind;
  const rolled = rollUp(entries, transfers, kindOf);
  const creditDeltas = [
    ...entries.flatMap((e) => entryCreditDelta(e, kindOf(e.categoryId), 1)),
    ...settlements.flatMap((s) => settlementDelta(s, 1)),
    ...openingItems.flatMap((o) => openingItemDelta(o, 1)),
  ];
  const stock = stockCounts.flatMap((c) => stockCountDelta(c, 1));
  const newContacts = credit?.newContacts ?? [];
  const hasCredit = newContacts.length + settlements.length + stockCounts.length + openingItems.length > 0;
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
    settlements,
    change: {
      bookId,
      add: {
        accounts: resolved.newAccounts,
        categories: resolved.newCategories,
        entries,
        transfers,
        ...(record ? { imports: [record] } : {}),
      },
      ...(hasCredit ? { addCredit: { contacts: newContacts, settlements, stockCounts, openingItems } } : {}),
      drafts: [
        ...entries.map((entry) => draftOf({ entry }, 'create')),
        ...transfers.map((transfer) => draftOf({ transfer }, 'create')),
        ...settlements.map((settlement) => draftOf({ settlement }, 'create')),
        ...stockCounts.map((stockCount) => draftOf({ stockCount }, 'create')),
        ...openingItems.map((openingItem) => draftOf({ openingItem }, 'create')),
      ],
      daily: rolled.daily,
      dailyTransfers: rolled.transfers,
      ...(creditDeltas.length > 0 ? { credit: creditDeltas } : {}),
      ...(stock.length > 0 ? { stock } : {}),
      expects: [
        { what: 'rows', table: 'accounts', bookId, rows: basis.accounts },
        { what: 'rows', table: 'categories', bookId, rows: basis.categories },
      ],
      ...(newContacts.length > 0
        ? { creditExpects: [{ what: 'rows', table: 'contacts', bookId, rows: basis.contacts ?? [] }] }
        : {}),
    },
  };
}
