import type { BusinessDate } from '../dates';
import type { CategoryKind } from '../kinds';
import type { Entry, Id } from '../model';
import { addMoney } from '../money';
import { creditItemsOf, outstandingItems, type CreditItem, type OutstandingItem } from './aging';
import { contactBalances } from './balances';
import type { CreditSide, OpeningItem, Settlement } from './records';
import { rollUpCredit } from './rollups';

/**
 * What one contact still owes (or is owed) on one side once every record of the book is counted:
 * its newest items that add up to its balance, each as its due date and what is left of it, in
 * two lists side by side. Kept beside the credit rollups so the home screen reads a row per
 * contact instead of walking their histories. Only what aging and settling need is kept: a run
 * of unpaid sales to one customer grows the row by a date and a number each, not by an object.
 */
export interface OpenCredit {
  bookId: Id;
  contactId: Id;
  side: CreditSide;
  /** `date|order` of the newest item the side ever had, settled or not ('' when none). */
  newest: string;
  /** Each item still owed, oldest first: its due date ('' when it has none). */
  dueDates: string[];
  /** What is left of each, in the same order; they add up to the side's balance. */
  remaining: number[];
}

/** No due date, as `dueDates` holds it. */
const NO_DUE_DATE = '';

/** An item's due date as `dueDates` holds it. */
const keptDueDate = (dueDate: BusinessDate | undefined): string => dueDate ?? NO_DUE_DATE;

/** A due date of `dueDates` as an item has it (none for ''). */
export const dueDateOfKept = (kept: string): BusinessDate | undefined =>
  kept === NO_DUE_DATE ? undefined : kept;

/** What a side keeps of its outstanding items, oldest first: each one's due date and what is left of it. */
export const keptItems = (
  items: readonly Pick<OutstandingItem, 'dueDate' | 'remaining'>[],
): Pick<OpenCredit, 'dueDates' | 'remaining'> => ({
  dueDates: items.map((i) => keptDueDate(i.dueDate)),
  remaining: items.map((i) => i.remaining),
});

/** The key that identifies a contact's open credit on one side. */
export const openCreditKey = (o: Pick<OpenCredit, 'bookId' | 'contactId' | 'side'>): string =>
  `${o.bookId}|${o.contactId}|${o.side}`;

/** Past every business date: open credit counts every record, whatever its date. */
const END_OF_TIME: BusinessDate = '9999-12-31';

const itemKey = (i: Pick<CreditItem, 'date' | 'order'>) => `${i.date}|${i.order}`;

/** The newest of some items as `date|order` ('' when there are none). */
const newestOf = (items: readonly CreditItem[], since = ''): string =>
  items.reduce((newest, i) => (itemKey(i) > newest ? itemKey(i) : newest), since);

/** Every contact's open credit on each side that has ever had an item, from its items and balances. */
export function openCreditRows(
  bookId: Id,
  items: readonly CreditItem[],
  balances: readonly { contactId: Id; side: CreditSide; balance: number }[],
): OpenCredit[] {
  const open = outstandingItems(items, balances, END_OF_TIME);
  const rows = new Map<string, Omit<OpenCredit, 'dueDates' | 'remaining'> & { items: OutstandingItem[] }>();
  const rowOf = (contactId: Id, side: CreditSide) => {
    const key = openCreditKey({ bookId, contactId, side });
    const row = rows.get(key) ?? { bookId, contactId, side, newest: '', items: [] };
    rows.set(key, row);
    return row;
  };
  for (const item of items) {
    const row = rowOf(item.contactId, item.side);
    row.newest = newestOf([item], row.newest);
  }
  for (const item of open) rowOf(item.contactId, item.side).items.push(item);
  return [...rows.values()].map(({ items: own, ...row }) => ({ ...row, ...keptItems(own) }));
}

/**
 * A side's open credit after items that are all newer than any it had, and a move of its balance
 * (what they left owed, less what was settled): what is owed is then still its newest items, so
 * the kept ones and the new ones, trimmed from the oldest down to the new balance. Undefined when
 * an item is not newer, and the side must be counted again from its records.
 */
export function appendOpenCredit(
  kept: OpenCredit,
  added: readonly CreditItem[],
  move: number,
): OpenCredit | undefined {
  if (added.some((i) => itemKey(i) <= kept.newest)) return undefined;
  const fresh = [...added].sort((a, b) => (itemKey(a) < itemKey(b) ? -1 : 1));
  let left = kept.remaining.reduce((sum, r) => addMoney(sum, r), move);
  if (left < 0) return undefined;
  const dues = [...kept.dueDates, ...fresh.map((i) => keptDueDate(i.dueDate))];
  const amounts = [...kept.remaining, ...fresh.map((i) => i.amount)];
  // Walking back from the newest, each item keeps what is left of the balance, up to its own.
  let first = amounts.length;
  const remaining: number[] = [];
  while (first > 0 && left > 0) {
    first -= 1;
    const owed = Math.min(left, amounts[first] ?? 0);
    left = addMoney(left, -owed);
    remaining.push(owed);
  }
  return {
    ...kept,
    newest: newestOf(fresh, kept.newest),
    dueDates: dues.slice(first),
    remaining: remaining.reverse(),
  };
}

/** Every contact's open credit in a book, counted from its records (the reference kept rows must equal). */
export function openCreditOfRecords(
  bookId: Id,
  entries: readonly Entry[],
  kindOf: (categoryId: Id) => CategoryKind,
  settlements: readonly Settlement[],
  openingItems: readonly OpeningItem[],
): OpenCredit[] {
  const balances = contactBalances(rollUpCredit(entries, kindOf, settlements, openingItems), END_OF_TIME);
  return openCreditRows(bookId, creditItemsOf(entries, kindOf, openingItems), balances);
}

/** A kind lookup over some categories, refusing an entry whose category is missing. */
export function kindLookup(categories: readonly { id: Id; kind: CategoryKind }[]) {
  const kinds = new Map(categories.map((c) => [c.id, c.kind]));
  return (id: Id): CategoryKind => {
    const kind = kinds.get(id);
    if (!kind) throw new Error(`entry refers to a missing category ${id}`);
    return kind;
  };
}
