import type { CategoryKind } from '../kinds';
import type { DailyTotal, DailyTransferTotal } from '../daily-rollups';
import type { Entry, Transfer } from '../model';

/** What an entry adds to (sign 1) or takes from (sign −1) its daily total. Voided entries count nowhere. */
export function entryDelta(e: Entry, kind: CategoryKind, sign: 1 | -1): DailyTotal[] {
  if (e.voided) return [];
  const { bookId, date, categoryId, accountId } = e;
  return [{ bookId, date, categoryId, accountId, kind, amount: sign * e.amount, count: sign }];
}

/** What a transfer adds to (sign 1) or takes from (sign −1) its daily total. Voided ones count nowhere. */
export function transferDelta(t: Transfer, sign: 1 | -1): DailyTransferTotal[] {
  if (t.voided) return [];
  const { bookId, date, fromAccountId, toAccountId } = t;
  return [{ bookId, date, fromAccountId, toAccountId, amount: sign * t.amount, count: sign }];
}
