import { addMoney } from '../money';

/** Adds signed whole-Rupiah terms left to right, refusing to leave the safe-integer range at any step. */
export function sumMoney(...terms: number[]): number {
  let total = 0;
  for (const term of terms) total = addMoney(total, term);
  return total;
}
