import type { AgingBuckets } from '../credit/aging';
import type { StatementPosition } from './credit-schema';

/** A line of the position statement: one of its amounts. */
export type PositionLine = keyof Omit<StatementPosition, 'date'>;

/** The position's three groups in the order every rendering shows them: their lines, then their total. */
export const POSITION_GROUPS = [
  { lines: ['cash', 'receivables', 'inventory', 'fixedAssets'], total: 'totalAssets' },
  { lines: ['payables', 'loans'], total: 'totalLiabilities' },
  { lines: ['paidInCapital', 'retainedEarnings'], total: 'totalEquity' },
] as const satisfies readonly { lines: readonly PositionLine[]; total: PositionLine }[];

/** Every line of the position in order, each group's total after its lines. */
export const POSITION_LINES: readonly PositionLine[] = POSITION_GROUPS.flatMap((g) => [...g.lines, g.total]);

/** The lines that are a group's total (shown in bold). */
export const POSITION_TOTALS: ReadonlySet<string> = new Set(POSITION_GROUPS.map((g) => g.total));

/** The aging buckets from not yet due to the oldest, as every rendering lists them. */
export const AGING_BUCKETS = [
  'notDue',
  'days1to30',
  'days31to60',
  'days61to90',
  'over90',
] as const satisfies readonly (keyof AgingBuckets)[];
