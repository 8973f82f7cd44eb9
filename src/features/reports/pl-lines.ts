import type { CategoryKind } from '../../domain/kinds';
import type { ProfitAndLossFigures } from '../../domain/reports';
import type { MessageKey } from '../../i18n/id';

/** One line of the laba rugi as the screen lays it out. */
export interface PlLine {
  key: keyof ProfitAndLossFigures;
  label: MessageKey;
  /** The kind whose categories open under the line; none for subtotals. */
  kind?: CategoryKind;
  /** Subtotals and the bottom line are set apart. */
  emphasis?: 'subtotal' | 'total';
}

/** The laba rugi lines top to bottom, in the order of docs/domain.md#profit-and-loss. */
export const PL_LINES: readonly PlLine[] = [
  { key: 'revenue', label: 'reports.pl.revenue', kind: 'pendapatan' },
  { key: 'cogs', label: 'reports.pl.cogs', kind: 'hpp' },
  { key: 'grossProfit', label: 'reports.pl.grossProfit', emphasis: 'subtotal' },
  { key: 'operatingExpenses', label: 'reports.pl.operatingExpenses', kind: 'beban' },
  { key: 'operatingProfit', label: 'reports.pl.operatingProfit', emphasis: 'subtotal' },
  { key: 'otherIncome', label: 'reports.pl.otherIncome', kind: 'pendapatan_lain' },
  { key: 'otherExpenses', label: 'reports.pl.otherExpenses', kind: 'beban_lain' },
  { key: 'netProfit', label: 'reports.pl.netProfit', emphasis: 'total' },
];
