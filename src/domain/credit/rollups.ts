import { monthOf, type BusinessDate, type BusinessMonth } from '../dates';
import type { CategoryKind } from '../kinds';
import type { Entry, Id } from '../model';
import { addMoney } from '../money';
import { creditSideOf, owedOf } from './entry-credit';
import { settlementSide, type CreditSide, type OpeningItem, type Settlement } from './records';

/**
 * A daily credit rollup: what one book's non-voided records did on one date to one contact's debt
 * on one side, through one account. `credit` is what entries left owed (amount − paid), `opening`
 * what opening items brought in (no account: `accountId` is ''), `settled` what collections or
 * payments took off. The contact's balance moves by credit + opening − settled; the account's cash
 * by the settlements, less the unpaid part of entries its daily totals counted in full.
 */
export interface ContactDailyTotal {
  bookId: Id;
  date: BusinessDate;
  contactId: Id;
  side: CreditSide;
  accountId: Id;
  credit: number;
  opening: number;
  settled: number;
  /** Records counted in it (the row goes when none are left). */
  count: number;
}

/** A month of credit rollups (see `ContactDailyTotal`), so long histories read months, not days. */
export interface ContactMonthlyTotal extends Omit<ContactDailyTotal, 'date'> {
  month: BusinessMonth;
}

/** The key that identifies a daily credit total. */
export const contactDailyKey = (
  t: Pick<ContactDailyTotal, 'bookId' | 'date' | 'contactId' | 'side' | 'accountId'>,
): string => `${t.bookId}|${t.date}|${t.contactId}|${t.side}|${t.accountId}`;

/** The key that identifies a monthly credit total. */
export const contactMonthlyKey = (
  t: Pick<ContactMonthlyTotal, 'bookId' | 'month' | 'contactId' | 'side' | 'accountId'>,
): string => `${t.bookId}|${t.month}|${t.contactId}|${t.side}|${t.accountId}`;

type Amounts = Pick<ContactDailyTotal, 'credit' | 'opening' | 'settled'>;
const NONE: Amounts = { credit: 0, opening: 0, settled: 0 };

/** What an entry adds to (sign 1) or takes from (sign −1) its credit rollup; none unless it owes. */
export function entryCreditDelta(e: Entry, kind: CategoryKind, sign: 1 | -1): ContactDailyTotal[] {
  const owed = owedOf(e);
  if (e.voided || e.contactId === undefined || owed === 0) return [];
  const { bookId, date, contactId, accountId } = e;
  const side = creditSideOf(kind);
  return [{ bookId, date, contactId, side, accountId, ...NONE, credit: sign * owed, count: sign }];
}

/** What a settlement adds to (sign 1) or takes from (sign −1) its credit rollup. */
export function settlementDelta(s: Settlement, sign: 1 | -1): ContactDailyTotal[] {
  if (s.voided) return [];
  const { bookId, date, contactId, accountId } = s;
  const side = settlementSide(s.type);
  return [{ bookId, date, contactId, side, accountId, ...NONE, settled: sign * s.amount, count: sign }];
}

/** What an opening receivable or payable adds to (sign 1) or takes from (sign −1) its credit rollup. */
export function openingItemDelta(o: OpeningItem, sign: 1 | -1): ContactDailyTotal[] {
  if (o.voided) return [];
  const { bookId, date, contactId, side } = o;
  return [{ bookId, date, contactId, side, accountId: '', ...NONE, opening: sign * o.amount, count: sign }];
}

/** Sums credit rows sharing a key, dropping those that net to nothing. */
export function mergeCredit<T extends ContactDailyTotal | ContactMonthlyTotal>(
  rows: readonly T[],
  keyOf: (row: T) => string,
): T[] {
  const sums = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row);
    const known = sums.get(key);
    sums.set(
      key,
      known
        ? {
            ...known,
            credit: addMoney(known.credit, row.credit),
            opening: addMoney(known.opening, row.opening),
            settled: addMoney(known.settled, row.settled),
            count: known.count + row.count,
          }
        : { ...row },
    );
  }
  return [...sums.values()].filter(
    (r) => r.credit !== 0 || r.opening !== 0 || r.settled !== 0 || r.count !== 0,
  );
}

/** Rolls records up into daily credit totals: the reference the stored rollups must equal. */
export function rollUpCredit(
  entries: readonly Entry[],
  kindOf: (categoryId: Id) => CategoryKind,
  settlements: readonly Settlement[],
  openingItems: readonly OpeningItem[],
): ContactDailyTotal[] {
  const deltas = [
    ...entries.flatMap((e) => entryCreditDelta(e, kindOf(e.categoryId), 1)),
    ...settlements.flatMap((s) => settlementDelta(s, 1)),
    ...openingItems.flatMap((o) => openingItemDelta(o, 1)),
  ];
  return mergeCredit(deltas, contactDailyKey);
}

/** Rolls daily credit totals up into months: the reference the stored monthly ones must equal. */
export const rollUpCreditMonths = (daily: readonly ContactDailyTotal[]): ContactMonthlyTotal[] =>
  mergeCredit(
    daily.map(({ date, ...rest }) => ({ ...rest, month: monthOf(date) })),
    contactMonthlyKey,
  );
