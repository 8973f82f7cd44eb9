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
 * A walk back over a contact's entries, newest first: `keeps` those that can still be owed at the
 * end of `date` until what they left owed covers its balance on each side, and `stops` at the
 * first entry of an earlier day than the one that covered it (that day is read whole, so the order
 * within it holds).
 */
function owedWalk(
  contactId: Id,
  balances: readonly ContactBalance[],
  kindOf: (categoryId: Id) => CategoryKind,
  date: BusinessDate,
) {
  const need = new Map(balances.filter((b) => b.contactId === contactId).map((b) => [b.side, b.balance]));
  let stopBefore: BusinessDate | undefined;
  return {
    stops: (e: Entry) => stopBefore !== undefined && e.date < stopBefore,
    keeps: (e: Entry) => {
      if (e.date > date || e.voided || owedOf(e) === 0) return false;
      for (const item of creditItemsOf([e], kindOf, []))
        need.set(item.side, (need.get(item.side) ?? 0) - item.amount);
      if (stopBefore === undefined && [...need.values()].every((left) => left <= 0)) stopBefore = e.date;
      return true;
    },
  };
}

/** The walk over entries already read: those kept, and whether it stopped within them. */
function walkRead(rows: readonly Entry[], walk: ReturnType<typeof owedWalk>) {
  const kept: Entry[] = [];
  for (const e of rows) {
    if (walk.stops(e)) return { kept, stopped: true };
    if (walk.keeps(e)) kept.push(e);
  }
  return { kept, stopped: false };
}

/** A contact's newest entries already read, and whether they are all it has. */
export interface NewestEntries {
  rows: readonly Entry[];
  all: boolean;
}

/**
 * The credit items that can still be owed by one contact at the end of `date` (see `owedWalk`).
 * Its newest entries, when already read, are walked first: when the walk ends within them, nothing
 * more is read. Its opening items come from `openingItems`.
 */
export async function contactCreditItems(
  db: LumbungDb,
  bookId: Id,
  contactId: Id,
  balances: readonly ContactBalance[],
  kindOf: (categoryId: Id) => CategoryKind,
  openingItems: readonly OpeningItem[],
  date: BusinessDate,
  newest?: NewestEntries,
): Promise<CreditItem[]> {
  const opening = openingItems.filter((o) => o.contactId === contactId);
  const read = newest && walkRead(newest.rows, owedWalk(contactId, balances, kindOf, date));
  if (read && (read.stopped || newest.all)) return creditItemsOf(read.kept, kindOf, opening);
  const walk = owedWalk(contactId, balances, kindOf, date);
  const entries = await contactEntries(db, bookId, contactId).until(walk.stops).filter(walk.keeps).toArray();
  return creditItemsOf(entries, kindOf, opening);
}
