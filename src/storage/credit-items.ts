import { Dexie } from 'dexie';
import type { CreditItem } from '../domain/credit/aging';
import { creditItemsOf } from '../domain/credit/aging';
import type { ContactBalance } from '../domain/credit/balances';
import { owedOf } from '../domain/credit/entry-credit';
import type { OpeningItem } from '../domain/credit/records';
import type { BusinessDate } from '../domain/dates';
import type { CategoryKind } from '../domain/kinds';
import type { Entry, Id } from '../domain/model';
import type { LumbungDb } from './db';

/** One contact's entries, newest first, by the contact index (holds only entries naming a contact). */
export const contactEntries = (db: LumbungDb, bookId: Id, contactId: Id) =>
  db.entries
    .where('[bookId+contactId+date]')
    .between([bookId, contactId, Dexie.minKey], [bookId, contactId, Dexie.maxKey])
    .reverse();

/**
 * The credit items that can still be owed by one contact at the end of `date`: walking back from
 * its newest entries only until what they left owed covers its balance on each side (and that
 * day is read whole, so the order within it is kept). Its opening items come from `openingItems`.
 */
export async function contactCreditItems(
  db: LumbungDb,
  bookId: Id,
  contactId: Id,
  balances: readonly ContactBalance[],
  kindOf: (categoryId: Id) => CategoryKind,
  openingItems: readonly OpeningItem[],
  date: BusinessDate,
): Promise<CreditItem[]> {
  const need = new Map(balances.filter((b) => b.contactId === contactId).map((b) => [b.side, b.balance]));
  const opening = openingItems.filter((o) => o.contactId === contactId);
  let stopBefore: BusinessDate | undefined;
  const entries: Entry[] = await contactEntries(db, bookId, contactId)
    .until((e) => stopBefore !== undefined && e.date < stopBefore)
    .filter((e) => {
      if (e.date > date || e.voided || owedOf(e) === 0) return false;
      const items = creditItemsOf([e], kindOf, []);
      for (const item of items) need.set(item.side, (need.get(item.side) ?? 0) - item.amount);
      if (stopBefore === undefined && [...need.values()].every((left) => left <= 0)) stopBefore = e.date;
      return true;
    })
    .toArray();
  return creditItemsOf(entries, kindOf, opening);
}
