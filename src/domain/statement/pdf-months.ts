import { formatThousands } from '../money';
import type { StatementLabels } from './labels';
import { CONTENT_WIDTH, INK, MARGIN, type PdfCursor } from './pdf-layout';
import type { Statement } from './schema';

/** Months per table: six columns fit A4 portrait beside the labels. */
const MONTHS_PER_TABLE = 6;
const LABEL_WIDTH = 140;

type MonthLine = Exclude<keyof Statement['months'][number], 'month'>;

/** The month rows, in the order of a profit-and-loss statement followed by cash. */
const LINES: { key: MonthLine | 'operatingProfit'; bold?: boolean }[] = [
  { key: 'revenue' },
  { key: 'cogs' },
  { key: 'grossProfit', bold: true },
  { key: 'operatingExpenses' },
  { key: 'operatingProfit', bold: true },
  { key: 'otherIncome' },
  { key: 'otherExpenses' },
  { key: 'netProfit', bold: true },
  { key: 'cashIn' },
  { key: 'cashOut' },
  { key: 'closingBalance', bold: true },
];

/** Laba rugi and cash month by month, as tables of up to six months (amounts in Rupiah). */
export function drawMonths(cursor: PdfCursor, labels: StatementLabels, s: Statement): void {
  cursor.heading(`2. ${labels.word('monthsTable')}`, 13 * (LINES.length + 1));
  for (let start = 0; start < s.months.length; start += MONTHS_PER_TABLE) {
    const months = s.months.slice(start, start + MONTHS_PER_TABLE);
    const columnWidth = (CONTENT_WIDTH - LABEL_WIDTH) / MONTHS_PER_TABLE;
    const x = (i: number) => MARGIN.left + LABEL_WIDTH + i * columnWidth;
    cursor.ensure(13 * (LINES.length + 1));
    cursor.row(
      months.map((m, i) => ({
        text: labels.month(m.month),
        x: x(i),
        width: columnWidth,
        align: 'right' as const,
        bold: true,
        size: 8,
        color: INK.muted,
      })),
    );
    for (const line of LINES) {
      const value = (m: Statement['months'][number]) =>
        line.key === 'operatingProfit' ? m.grossProfit - m.operatingExpenses : m[line.key];
      cursor.row(
        [
          { text: labels.figure[line.key], x: MARGIN.left, width: LABEL_WIDTH, bold: line.bold, size: 8 },
          ...months.map((m, i) => ({
            text: formatThousands(value(m)),
            x: x(i),
            width: columnWidth,
            align: 'right' as const,
            bold: line.bold,
            size: 8,
          })),
        ],
        12,
      );
    }
    cursor.gap(8);
  }
}
