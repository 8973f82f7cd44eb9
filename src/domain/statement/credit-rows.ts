import type { OpeningItem, Settlement, StockCount } from '../credit/records';
import type { Entry } from '../model';
import { entryFromStatement } from './rows';
import type {
  CreditStatementEntry,
  StatementOpeningItem,
  StatementSettlement,
  StatementStockCount,
} from './credit-schema';

/** The book id statement rows are rolled up under, as in `rows.ts`. */
const BOOK = 'statement';

/** A `/2` entry as a book entry: what was paid and the contact (by its name in the file) kept. */
export function creditEntryFromStatement(e: CreditStatementEntry): Entry {
  // Set on the entry made here rather than spread into a copy: a busy year has many.
  const entry = entryFromStatement(e);
  entry.paid = e.paid;
  if (e.contact !== undefined) entry.contactId = e.contact;
  if (e.dueDate !== undefined) entry.dueDate = e.dueDate;
  return entry;
}

/** A statement settlement as a book settlement (contact and account by their names in the file). */
export const settlementFromStatement = (s: StatementSettlement): Settlement => ({
  id: s.id,
  bookId: BOOK,
  date: s.date,
  type: s.type,
  contactId: s.contact,
  amount: s.amount,
  accountId: s.account,
  note: s.note ?? '',
  recordedAt: s.recordedAt,
  updatedAt: s.recordedAt,
  source: s.imported ? 'import' : 'app',
  voided: false,
});

/** A statement stock count as a book stock count (numbered by its place in the file). */
export const stockCountFromStatement = (c: StatementStockCount, i: number): StockCount => ({
  id: `stock-${i}`,
  bookId: BOOK,
  date: c.date,
  value: c.value,
  opening: c.opening,
  note: '',
  recordedAt: '',
  updatedAt: '',
  source: 'app',
  voided: false,
});

/** A statement opening item as a book opening item, ordered by its place in the file. */
export const openingItemFromStatement = (o: StatementOpeningItem, i: number): OpeningItem => ({
  id: String(i).padStart(6, '0'),
  bookId: BOOK,
  date: o.date,
  side: o.side,
  contactId: o.contact,
  amount: o.amount,
  ...(o.dueDate === undefined ? {} : { dueDate: o.dueDate }),
  note: o.note ?? '',
  recordedAt: '',
  updatedAt: '',
  source: 'app',
  voided: false,
});
