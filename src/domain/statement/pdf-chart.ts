import { rgb } from 'pdf-lib';
import { formatRupiahShort } from '../money';
import type { StatementLabels } from './labels';
import { CONTENT_WIDTH, INK, MARGIN, type PdfCursor } from './pdf-layout';
import type { Statement } from './schema';

const COLORS = { revenue: rgb(0.2, 0.55, 0.35), costs: rgb(0.85, 0.5, 0.2), profit: rgb(0.15, 0.3, 0.7) };
const PLOT_HEIGHT = 150;
const AXIS_WIDTH = 46;

/** A round step for about four grid lines over `span`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(span: number): number {
  if (span <= 0) return 1;
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
}

/** Costs of a month for the chart: everything profit and loss takes off revenue. */
const costsOf = (m: Statement['months'][number]) => m.cogs + m.operatingExpenses + m.otherExpenses;

/** The monthly chart, drawn as vectors: bars for revenue and costs, a line for net profit. */
export function drawChart(cursor: PdfCursor, labels: StatementLabels, s: Statement): void {
  cursor.heading(`4. ${labels.word('chart')}`, PLOT_HEIGHT + 40);
  const values = s.months.flatMap((m) => [m.revenue, costsOf(m), m.netProfit]);
  const step = niceStep(Math.max(...values, 0) - Math.min(...values, 0));
  const top = Math.ceil(Math.max(...values, 1) / step) * step;
  const bottom = Math.floor(Math.min(...values, 0) / step) * step;
  const page = cursor.page;
  const base = cursor.y - 14 - PLOT_HEIGHT;
  const left = MARGIN.left + AXIS_WIDTH;
  const width = CONTENT_WIDTH - AXIS_WIDTH;
  const yOf = (v: number) => base + ((v - bottom) / (top - bottom)) * PLOT_HEIGHT;

  for (let v = bottom; v <= top + step / 2; v += step) {
    page.drawLine({
      start: { x: left, y: yOf(v) },
      end: { x: left + width, y: yOf(v) },
      thickness: v === 0 ? 0.8 : 0.3,
      color: v === 0 ? INK.muted : INK.rule,
    });
    const label = formatRupiahShort(v);
    cursor.draw(label, left - 4 - cursor.width(label, { size: 7 }), yOf(v) - 2.5, {
      size: 7,
      color: INK.muted,
    });
  }
  const slot = width / Math.max(s.months.length, 1);
  const bar = Math.min(slot * 0.3, 28);
  const points: { x: number; y: number }[] = [];
  s.months.forEach((m, i) => {
    const center = left + slot * (i + 0.5);
    const zero = yOf(0);
    page.drawRectangle({
      x: center - bar,
      y: zero,
      width: bar,
      height: yOf(m.revenue) - zero,
      color: COLORS.revenue,
    });
    page.drawRectangle({
      x: center,
      y: zero,
      width: bar,
      height: yOf(costsOf(m)) - zero,
      color: COLORS.costs,
    });
    points.push({ x: center, y: yOf(m.netProfit) });
    const label = labels.month(m.month);
    cursor.draw(label, center - cursor.width(label, { size: 7 }) / 2, base - 11, {
      size: 7,
      color: INK.muted,
    });
  });
  points.forEach((p, i) => {
    const next = points[i + 1];
    if (next) page.drawLine({ start: p, end: next, thickness: 1.4, color: COLORS.profit });
    page.drawCircle({ x: p.x, y: p.y, size: 2.2, color: COLORS.profit });
  });
  const legendY = base - 26;
  const legend: [string, typeof COLORS.revenue][] = [
    [labels.figure.revenue, COLORS.revenue],
    [labels.word('chartCosts'), COLORS.costs],
    [labels.figure.netProfit, COLORS.profit],
  ];
  let x = left;
  for (const [label, color] of legend) {
    page.drawRectangle({ x, y: legendY, width: 8, height: 8, color });
    cursor.draw(label, x + 11, legendY + 1, { size: 7.5 });
    x += 24 + cursor.width(label, { size: 7.5 });
  }
  cursor.y = legendY - 8;
}
