import { addDays, addMonths, lastDayOf, monthOf, type BusinessDate } from '../../domain/dates';
import type { Id } from '../../domain/model';
import type { Period, Position } from '../../domain/reports';
import type { MessageKey } from '../../i18n/id';
import { type LumbungDb } from '../../storage';
import { creditOverview, positionAt, type CreditOverview } from '../../storage/lazy';

/** One line of the neraca as the screen lays it out. */
export interface PositionLine {
  key: Exclude<keyof Position, 'date'>;
  label: MessageKey;
  total?: boolean;
}

/** The neraca's two sides, top to bottom, in the order of docs/domain.md#position. */
export const POSITION_SIDES: readonly { heading: MessageKey; lines: readonly PositionLine[] }[] = [
  {
    heading: 'neraca.assets',
    lines: [
      { key: 'cash', label: 'statementCredit.cash' },
      { key: 'receivables', label: 'statementCredit.receivables' },
      { key: 'inventory', label: 'statementCredit.inventory' },
      { key: 'fixedAssets', label: 'statementCredit.fixedAssets' },
      { key: 'totalAssets', label: 'statementCredit.totalAssets', total: true },
    ],
  },
  {
    heading: 'neraca.claims',
    lines: [
      { key: 'payables', label: 'statementCredit.payables' },
      { key: 'loans', label: 'statementCredit.loans' },
      { key: 'totalLiabilities', label: 'statementCredit.totalLiabilities', total: true },
      { key: 'paidInCapital', label: 'statementCredit.paidInCapital' },
      { key: 'retainedEarnings', label: 'statementCredit.retainedEarnings' },
      { key: 'totalEquity', label: 'statementCredit.totalEquity', total: true },
    ],
  },
];

/**
 * The day a neraca at `day` is set beside: the end of the period before the report's, while the
 * day lies in the report's period; otherwise the end of the month before the day's month.
 */
export function comparisonDay(day: BusinessDate, period: Period): BusinessDate {
  if (day >= period.from && day <= period.to) return addDays(period.from, -1);
  return lastDayOf(addMonths(monthOf(day), -1));
}

/** The neraca at a day and at its comparison day, and the debts by age at the day. */
export interface PositionView {
  position: Position;
  before: Position;
  credit: CreditOverview;
}

/** Reads both positions and the debts overview from the rollups (never every entry). */
export async function loadPosition(
  db: LumbungDb,
  bookId: Id,
  day: BusinessDate,
  before: BusinessDate,
): Promise<PositionView> {
  const [position, earlier, credit] = await Promise.all([
    positionAt(db, bookId, day),
    positionAt(db, bookId, before),
    creditOverview(db, bookId, day),
  ]);
  return { position, before: earlier, credit };
}
