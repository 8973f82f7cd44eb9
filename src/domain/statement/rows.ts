import type { CategoryKind } from '../kinds';
import type { Entry, Transfer } from '../model';
import type { StatementEntry, StatementTransfer } from './schema';

/** The book id statement rows are rolled up under (a statement holds one book). */
export const STATEMENT_BOOK = 'statement';

/** The id a statement category is known by in rollups: its kind and name, since the file has no ids. */
export const categoryKey = (kind: CategoryKind, name: string): string => `${kind}\u0000${name}`;

/** A statement entry as a book entry (accounts by name, categories by kind and name), for the report code. */
export function entryFromStatement(e: StatementEntry): Entry {
  return {
    id: e.id,
    bookId: STATEMENT_BOOK,
    date: e.date,
    direction: e.direction,
    amount: e.amount,
    categoryId: categoryKey(e.kind, e.category),
    accountId: e.account,
    note: e.note ?? '',
    counterparty: '',
    recordedAt: e.recordedAt,
    updatedAt: e.recordedAt,
    source: e.imported ? 'import' : 'app',
    voided: false,
  };
}

/** A statement transfer as a book transfer (accounts by name). */
export function transferFromStatement(t: StatementTransfer): Transfer {
  return {
    id: t.id,
    bookId: STATEMENT_BOOK,
    date: t.date,
    amount: t.amount,
    fromAccountId: t.from,
    toAccountId: t.to,
    note: t.note ?? '',
    recordedAt: t.recordedAt,
    updatedAt: t.recordedAt,
    source: t.imported ? 'import' : 'app',
    voided: false,
  };
}
