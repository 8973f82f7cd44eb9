import { daysBetween, type BusinessDate } from '../dates';
import type { CategoryKind } from '../kinds';
import type { Entry, Id } from '../model';
import { addMoney } from '../money';
import type { ContactBalance } from './balances';
import { creditSideOf, owedOf } from './entry-credit';
import type { CreditSide, OpeningItem } from './records';

/** One thing that left a contact owing: a credit sale or purchase, or an opening item. */
export interface CreditItem {
  contactId: Id;
  side: CreditSide;
  date: BusinessDate;
  dueDate?: BusinessDate;
  /** What it left owed when made. */
  amount: number;
  /** The order it was recorded in, for items of one date: `recordedAt`, then id. */
  order: string;
}

/** A credit item with what is left of it once the contact's settlements are applied oldest first. */
export interface OutstandingItem extends CreditItem {
  remaining: number;
}

/** The credit items of some records: entries that leave something owed, and opening items. */
export function creditItemsOf(
  entries: readonly Entry[],
  kindOf: (categoryId: Id) => CategoryKind,
  openingItems: readonly OpeningItem[],
): CreditItem[] {
  const items: CreditItem[] = [];
  const due = (d: BusinessDate | undefined) => (d === undefined ? {} : { dueDate: d });
  for (const e of entries) {
    if (e.voided || e.contactId === undefined || owedOf(e) === 0) continue;
    const side = creditSideOf(kindOf(e.categoryId));
    items.push({
      contactId: e.contactId,
      side,
      date: e.date,
      ...due(e.dueDate),
      amount: owedOf(e),
      order: `${e.recordedAt}|${e.id}`,
    });
  }
  for (const o of openingItems) {
    if (o.voided) continue;
    items.push({
      contactId: o.contactId,
      side: o.side,
      date: o.date,
      ...due(o.dueDate),
      amount: o.amount,
      order: `${o.recordedAt}|${o.id}`,
    });
  }
  return items;
}

const oldestFirst = (a: CreditItem, b: CreditItem): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.order < b.order ? -1 : a.order > b.order ? 1 : 0;

/**
 * What remains of each item at the end of `date`. Settlements are applied to a contact's oldest
 * items first, so what remains is the newest items that add up to the contact's balance: walking
 * back from the newest needs only as many items as are still owed, however long the history.
 */
export function outstandingItems(
  items: readonly CreditItem[],
  balances: readonly ContactBalance[],
  date: BusinessDate,
): OutstandingItem[] {
  const left = new Map(balances.map((b) => [`${b.contactId}|${b.side}`, b.balance]));
  const out: OutstandingItem[] = [];
  for (const item of items
    .filter((i) => i.date <= date)
    .sort(oldestFirst)
    .reverse()) {
    const key = `${item.contactId}|${item.side}`;
    const balance = left.get(key) ?? 0;
    if (balance <= 0) continue;
    const remaining = Math.min(balance, item.amount);
    left.set(key, balance - remaining);
    out.push({ ...item, remaining });
  }
  return out.sort(oldestFirst);
}

/** What is owed by age at a day: not yet due, and overdue by 1–30, 31–60, 61–90 and over 90 days. */
export interface AgingBuckets {
  notDue: number;
  days1to30: number;
  days31to60: number;
  days61to90: number;
  over90: number;
}

/** The bucket an item falls in at a day: not due without a due date or until it passes. */
export function agingBucket(dueDate: BusinessDate | undefined, date: BusinessDate): keyof AgingBuckets {
  if (dueDate === undefined || dueDate >= date) return 'notDue';
  const late = daysBetween(dueDate, date);
  return late <= 30 ? 'days1to30' : late <= 60 ? 'days31to60' : late <= 90 ? 'days61to90' : 'over90';
}

/** One side's debts at a day: the total, how many contacts owe, the aging and what of it is overdue. */
export interface CreditSummary {
  total: number;
  contacts: number;
  aging: AgingBuckets;
  overdue: number;
}

/** Sums outstanding items of one side into its total, contacts and aging at `date`. */
export function summariseSide(
  items: readonly OutstandingItem[],
  side: CreditSide,
  date: BusinessDate,
): CreditSummary {
  const aging: AgingBuckets = { notDue: 0, days1to30: 0, days31to60: 0, days61to90: 0, over90: 0 };
  const contacts = new Set<Id>();
  let total = 0;
  for (const item of items) {
    if (item.side !== side || item.remaining <= 0) continue;
    const bucket = agingBucket(item.dueDate, date);
    aging[bucket] = addMoney(aging[bucket], item.remaining);
    total = addMoney(total, item.remaining);
    contacts.add(item.contactId);
  }
  return { total, contacts: contacts.size, aging, overdue: total - aging.notDue };
}
