import type { ProfitAndLossFigures } from './profit-and-loss';
import { sumMoney } from './sum';

/** One figure against the same figure of the previous period. */
export interface FigureChange {
  current: number;
  previous: number;
  /** current − previous, whole Rupiah. */
  change: number;
  /** The change as a share of |previous| (0.125 = +12.5%); null when the previous figure was zero. */
  ratio: number | null;
}

/** A figure's change from the previous period; the ratio is for display only, never summed. */
export function changeOf(current: number, previous: number): FigureChange {
  const change = sumMoney(current, -previous);
  return { current, previous, change, ratio: previous === 0 ? null : change / Math.abs(previous) };
}

/** The lines of profit and loss, top to bottom. */
export const PROFIT_AND_LOSS_LINES = [
  'revenue',
  'cogs',
  'grossProfit',
  'operatingExpenses',
  'operatingProfit',
  'otherIncome',
  'otherExpenses',
  'netProfit',
] as const satisfies readonly (keyof ProfitAndLossFigures)[];

/** Every profit-and-loss line compared with the previous period. */
export type ProfitAndLossComparison = Record<keyof ProfitAndLossFigures, FigureChange>;

/** Compares two periods' profit and loss, line by line. */
export function compareProfitAndLoss(
  current: ProfitAndLossFigures,
  previous: ProfitAndLossFigures,
): ProfitAndLossComparison {
  return Object.fromEntries(
    PROFIT_AND_LOSS_LINES.map((key) => [key, changeOf(current[key], previous[key])]),
  ) as ProfitAndLossComparison;
}
