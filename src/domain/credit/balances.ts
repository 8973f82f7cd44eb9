import type { BusinessDate } from '../dates';
import type { Id } from '../model';
import { addMoney } from '../money';
import type { Problem } from '../result';
import type { CreditSide } from './records';
import type { ContactDailyTotal } from './rollups';

/** The rows balances are summed over: daily credit rows, or months of them stood on their first day. */
export type CreditRow = Pick<
  ContactDailyTotal,
  'date' | 'contactId' | 'side' | 'credit' | 'opening' | 'settled'
>;

/** What a contact owes the shop (receivable) or is owed by it (payable) at the end of a day. */
export interface ContactBalance {
  contactId: Id;
  side: CreditSide;
  balance: number;
}

/** How a row moves its contact's balance on its side: credit and opening items up, settlements down. */
export const balanceMove = (row: CreditRow): number =>
  addMoney(addMoney(row.credit, row.opening), -row.settled);

const keyOf = (contactId: Id, side: CreditSide) => `${contactId}|${side}`;

/** Every contact's balance on each side at the end of `date`, over rows dated ≤ date (zeros left out). */
export function contactBalances(rows: readonly CreditRow[], date: BusinessDate): ContactBalance[] {
  const balances = new Map<string, ContactBalance>();
  for (const row of rows) {
    if (row.date > date) continue;
    const key = keyOf(row.contactId, row.side);
    const known = balances.get(key) ?? { contactId: row.contactId, side: row.side, balance: 0 };
    known.balance = addMoney(known.balance, balanceMove(row));
    balances.set(key, known);
  }
  return [...balances.values()].filter((b) => b.balance !== 0);
}

/** Σ receivable and Σ payable over contacts, and how many contacts have a positive balance on each. */
export function creditTotals(rows: readonly CreditRow[], date: BusinessDate) {
  const totals = { receivables: 0, payables: 0, debtors: 0, creditors: 0 };
  for (const { side, balance } of contactBalances(rows, date)) {
    if (side === 'receivable') totals.receivables = addMoney(totals.receivables, balance);
    else totals.payables = addMoney(totals.payables, balance);
    if (balance > 0) totals[side === 'receivable' ? 'debtors' : 'creditors'] += 1;
  }
  return totals;
}

/**
 * The refusal rule: with `deltas` applied to a book's credit rows, no contact may owe (or be owed) a
 * negative amount at the end of any day. Only the contacts and sides the deltas touch are walked,
 * so `rows` need hold only theirs. Each problem names the contact, the side, the first day that goes
 * below zero and what was owed on it before that day's settlements.
 */
export function overdrawnProblems(
  rows: readonly CreditRow[],
  deltas: readonly CreditRow[],
  nameOf: (contactId: Id) => string,
): Problem[] {
  const touched = new Set(deltas.map((d) => keyOf(d.contactId, d.side)));
  const days = new Map<string, Map<BusinessDate, { up: number; down: number }>>();
  for (const row of [...rows, ...deltas]) {
    const key = keyOf(row.contactId, row.side);
    if (!touched.has(key)) continue;
    const byDay = days.get(key) ?? new Map<BusinessDate, { up: number; down: number }>();
    const day = byDay.get(row.date) ?? { up: 0, down: 0 };
    day.up = addMoney(day.up, addMoney(row.credit, row.opening));
    day.down = addMoney(day.down, row.settled);
    byDay.set(row.date, day);
    days.set(key, byDay);
  }
  const problems: Problem[] = [];
  for (const [key, byDay] of days) {
    const [contactId = '', side = 'receivable'] = key.split('|');
    let balance = 0;
    for (const [date, { up, down }] of [...byDay].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const owed = addMoney(balance, up);
      balance = addMoney(owed, -down);
      if (balance >= 0) continue;
      problems.push({ code: 'credit.overdrawn', params: { contact: nameOf(contactId), side, date, owed } });
      break;
    }
  }
  return problems;
}
