import { outstandingItems, type CreditSummary, type OutstandingItem } from '../domain/credit/aging';
import { contactBalances, type ContactBalance } from '../domain/credit/balances';
import type { Contact } from '../domain/credit/records';
import type { OpenCredit } from '../domain/credit/open-items';
import {
  bookStanding,
  bucketsAt,
  contactStanding,
  keptStanding,
  type BothSides,
} from '../domain/credit/standing';
import type { BusinessDate } from '../domain/dates';
import type { CategoryKind } from '../domain/kinds';
import type { Id } from '../domain/model';
import { contactCreditItems } from './credit-items';
import { creditUpTo } from './credit-rows';
import type { LumbungDb } from './db';
import { bookRows } from './expectations';
import { keptDebts, keptOpenCredit } from './open-credit';

/** One contact in the list: what they owe and are owed, and what of it is overdue. */
export interface ContactStanding {
  contact: Contact;
  receivable: CreditSummary;
  payable: CreditSummary;
}

/** What the shop is owed and owes at a day, with the aging, and every contact's standing. */
export interface CreditOverview {
  date: BusinessDate;
  receivable: CreditSummary;
  payable: CreditSummary;
  /** Every contact, most overdue first, then most owed, then by name. */
  contacts: ContactStanding[];
}

/** A kind lookup of a book's categories (a used category keeps its kind). */
export async function kindsOf(db: LumbungDb, bookId: Id): Promise<(categoryId: Id) => CategoryKind> {
  const kinds = new Map((await bookRows(db.categories, bookId)).map((c) => [c.id, c.kind]));
  return (id) => {
    const kind = kinds.get(id);
    if (!kind) throw new Error(`entry refers to a missing category ${id}`);
    return kind;
  };
}

/** What remains of each contact's credit items at `date`, given their balances. */
export async function outstandingAt(
  db: LumbungDb,
  bookId: Id,
  balances: readonly ContactBalance[],
  date: BusinessDate,
): Promise<OutstandingItem[]> {
  const owing = [...new Set(balances.filter((b) => b.balance > 0).map((b) => b.contactId))];
  if (owing.length === 0) return [];
  const [kindOf, openingItems] = await Promise.all([
    kindsOf(db, bookId),
    bookRows(db.openingItems, bookId).then((rows) => rows.filter((o) => !o.voided && o.date <= date)),
  ]);
  const items = await Promise.all(
    owing.map((id) => contactCreditItems(db, bookId, id, balances, kindOf, openingItems, date)),
  );
  return outstandingItems(items.flat(), balances, date);
}

/** What every contact owes at `date` by walking the newest items each one's balance needs. */
async function walkedOutstanding(db: LumbungDb, bookId: Id, date: BusinessDate): Promise<OutstandingItem[]> {
  const balances = contactBalances(await creditUpTo(db, bookId, date), date);
  return outstandingAt(db, bookId, balances, date);
}

/** Names in Indonesian order (one collator for the whole sort, as `localeCompare` would make per call). */
const BY_NAME = new Intl.Collator('id-ID');

const overdueOf = (s: ContactStanding) => s.receivable.overdue + s.payable.overdue;
const owedOf = (s: ContactStanding) => s.receivable.total + s.payable.total;

/** What each contact stands at, from its own rows (walked items or kept open credit). */
function owingBy<T extends { contactId: Id }>(rows: readonly T[], standing: (own: T[]) => BothSides) {
  const byContact = new Map<Id, T[]>();
  for (const row of rows) {
    const own = byContact.get(row.contactId);
    if (own) own.push(row);
    else byContact.set(row.contactId, [row]);
  }
  const owing = new Map<Id, BothSides>();
  for (const [id, own] of byContact) owing.set(id, standing(own));
  return owing;
}

/** Each owing contact's standing at `date`: from the kept rows when they hold, else from walked items. */
async function owingAt(
  db: LumbungDb,
  bookId: Id,
  rows: readonly OpenCredit[] | undefined,
  date: BusinessDate,
): Promise<Map<Id, BothSides>> {
  const bucketOf = bucketsAt(date);
  if (rows) return owingBy(rows, (own) => keptStanding(own, bucketOf));
  return owingBy(await walkedOutstanding(db, bookId, date), (own) => contactStanding(own, bucketOf));
}

/**
 * The debts of a book at `date` for the contact list. When nothing is dated after `date` (today,
 * as a rule) what is owed is the kept open credit, a row per contact side; otherwise balances come
 * from the credit rollups (a row per contact, side and account a month) and aging from each owing
 * contact's newest items only, as many as its balance needs.
 */
export async function creditOverview(db: LumbungDb, bookId: Id, date: BusinessDate): Promise<CreditOverview> {
  const { contacts, rows } = await keptDebts(db, bookId, date);
  const owing = await owingAt(db, bookId, rows, date);
  const standings = contacts.map((contact) => ({
    contact,
    ...(owing.get(contact.id) ?? contactStanding([], bucketsAt(date))),
  }));
  standings.sort(
    (a, b) =>
      overdueOf(b) - overdueOf(a) || owedOf(b) - owedOf(a) || BY_NAME.compare(a.contact.name, b.contact.name),
  );
  return { date, ...bookStanding(owing.values()), contacts: standings };
}

/**
 * What the shop is owed and owes at the end of `date`, each with its aging, as the home screen's
 * card shows it: the kept open credit alone (no contact is read) when nothing is dated later,
 * else the owing contacts' walked items, as `creditOverview` counts them.
 */
export async function bookDebts(db: LumbungDb, bookId: Id, date: BusinessDate): Promise<BothSides> {
  const rows = await keptOpenCredit(db, bookId, date);
  return bookStanding((await owingAt(db, bookId, rows, date)).values());
}
