import type { BusinessDate } from '../dates';
import { addMoney } from '../money';
import { agingBucket, type AgingBuckets, type CreditSummary, type OutstandingItem } from './aging';
import { dueDateOfKept, type OpenCredit } from './open-items';

/** What is owed on both sides, summarised: one contact's standing, or a book's totals. */
export interface BothSides {
  receivable: CreditSummary;
  payable: CreditSummary;
}

const noneOwed = (): CreditSummary => ({
  total: 0,
  contacts: 0,
  aging: { notDue: 0, days1to30: 0, days31to60: 0, days61to90: 0, over90: 0 },
  overdue: 0,
});

/**
 * The aging bucket of a due date at `date`, each due date figured once: a book's items share a few
 * hundred due dates between thousands of them.
 */
export function bucketsAt(date: BusinessDate): (dueDate: BusinessDate | undefined) => keyof AgingBuckets {
  const known = new Map<BusinessDate, keyof AgingBuckets>();
  return (dueDate) => {
    if (dueDate === undefined) return 'notDue';
    let bucket = known.get(dueDate);
    if (bucket === undefined) known.set(dueDate, (bucket = agingBucket(dueDate, date)));
    return bucket;
  };
}

/**
 * One contact's outstanding items summarised on both sides in one pass (as `summariseSide` does
 * each side), their aging by `bucketOf` (`bucketsAt` the day).
 */
export function contactStanding(
  items: readonly OutstandingItem[],
  bucketOf: (dueDate: BusinessDate | undefined) => keyof AgingBuckets,
): BothSides {
  const sides: BothSides = { receivable: noneOwed(), payable: noneOwed() };
  for (const item of items) owe(sides[item.side], bucketOf(item.dueDate), item.remaining);
  return closed(sides);
}

/**
 * One contact's kept open credit (its rows, a side each) summarised on both sides, as
 * `contactStanding` summarises the same items.
 */
export function keptStanding(
  rows: readonly OpenCredit[],
  bucketOf: (dueDate: BusinessDate | undefined) => keyof AgingBuckets,
): BothSides {
  const sides: BothSides = { receivable: noneOwed(), payable: noneOwed() };
  for (const row of rows) {
    const s = sides[row.side];
    row.remaining.forEach((left, n) => owe(s, bucketOf(dueDateOfKept(row.dueDates[n] ?? '')), left));
  }
  return closed(sides);
}

/** Adds what is left of an item to its side's total and bucket. */
function owe(s: CreditSummary, bucket: keyof AgingBuckets, remaining: number): void {
  if (remaining <= 0) return;
  s.aging[bucket] = addMoney(s.aging[bucket], remaining);
  s.total = addMoney(s.total, remaining);
}

/** A contact's two sides once every item is added: whether each owes, and what is overdue. */
function closed(sides: BothSides): BothSides {
  for (const s of [sides.receivable, sides.payable]) {
    s.contacts = s.total > 0 ? 1 : 0;
    s.overdue = s.total - s.aging.notDue;
  }
  return sides;
}

const addSide = (a: CreditSummary, b: CreditSummary): CreditSummary => ({
  total: addMoney(a.total, b.total),
  contacts: a.contacts + b.contacts,
  aging: {
    notDue: addMoney(a.aging.notDue, b.aging.notDue),
    days1to30: addMoney(a.aging.days1to30, b.aging.days1to30),
    days31to60: addMoney(a.aging.days31to60, b.aging.days31to60),
    days61to90: addMoney(a.aging.days61to90, b.aging.days61to90),
    over90: addMoney(a.aging.over90, b.aging.over90),
  },
  overdue: addMoney(a.overdue, b.overdue),
});

/** A book's totals from its contacts' standings (each contact counted once on each side it owes). */
export function bookStanding(standings: Iterable<BothSides>): BothSides {
  let sum: BothSides = { receivable: noneOwed(), payable: noneOwed() };
  for (const s of standings)
    sum = { receivable: addSide(sum.receivable, s.receivable), payable: addSide(sum.payable, s.payable) };
  return sum;
}
