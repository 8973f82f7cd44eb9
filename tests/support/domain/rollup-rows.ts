import type { CategoryKind } from '../../../src/domain/kinds';
import type { DailyTotal, DailyTransferTotal } from '../../../src/domain/daily-rollups';

/** One entry's daily rollup row of book `b` (Kas unless another account is named). */
export const row = (
  date: string,
  categoryId: string,
  kind: CategoryKind,
  amount: number,
  accountId = 'kas',
): DailyTotal => ({
  bookId: 'b',
  date,
  categoryId,
  accountId,
  kind,
  amount,
  count: 1,
});

/** One transfer's daily rollup row of book `b`. */
export const move = (
  date: string,
  fromAccountId: string,
  toAccountId: string,
  amount: number,
): DailyTransferTotal => ({
  bookId: 'b',
  date,
  fromAccountId,
  toAccountId,
  amount,
  count: 1,
});
