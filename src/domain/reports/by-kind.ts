import { CATEGORY_KINDS, directionOf, type CategoryKind } from '../kinds';
import type { DailyTotal } from '../daily-rollups';
import { addMoney } from '../money';

/** Money per kind of category; every kind is present, zero when nothing was recorded. */
export type KindTotals = Record<CategoryKind, number>;

/** A total of zero for every kind. */
export function emptyKindTotals(): KindTotals {
  return Object.fromEntries(CATEGORY_KINDS.map((kind) => [kind, 0])) as KindTotals;
}

/** Sums rollup rows per kind (exact integers; refuses to leave the safe-integer range). */
export function sumByKind(totals: readonly Pick<DailyTotal, 'kind' | 'amount'>[]): KindTotals {
  const byKind = emptyKindTotals();
  for (const row of totals) byKind[row.kind] = addMoney(byKind[row.kind], row.amount);
  return byKind;
}

/** The cash effect of an amount of a kind: positive for money in, negative for money out. */
export const signedAmount = (kind: CategoryKind, amount: number): number =>
  directionOf(kind) === 'in' ? amount : -amount;

/** Σ in − Σ out over rollup rows: the change in the book's cash they make. */
export function netCash(totals: readonly Pick<DailyTotal, 'kind' | 'amount'>[]): number {
  let net = 0;
  for (const row of totals) net = addMoney(net, signedAmount(row.kind, row.amount));
  return net;
}
