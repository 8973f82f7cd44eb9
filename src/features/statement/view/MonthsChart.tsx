import { useId } from 'react';
import { formatRupiahShort } from '../../../domain/money';
import type { Statement } from '../../../domain/statement';
import { useI18n } from '../../../i18n/I18nProvider';

const WIDTH = 320;
const HEIGHT = 180;
const PAD = { top: 10, right: 6, bottom: 22, left: 44 };

/** Costs of a month: HPP, operating and other expenses. */
const costsOf = (m: Statement['months'][number]) => m.cogs + m.operatingExpenses + m.otherExpenses;

/**
 * The monthly chart: bars for revenue and costs, a line for net profit. Drawn as plain SVG (no chart
 * library to load); the month table beside it holds the same numbers for screen readers.
 */
export function MonthsChart({ months }: { months: Statement['months'] }) {
  const { t, date } = useI18n();
  const id = useId();
  const values = months.flatMap((m) => [m.revenue, costsOf(m), m.netProfit]);
  const top = Math.max(0, ...values);
  const bottom = Math.min(0, ...values);
  const span = top - bottom || 1;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + ((top - v) / span) * plotH;
  const slot = (WIDTH - PAD.left - PAD.right) / Math.max(months.length, 1);
  const bar = Math.max(2, Math.min(14, slot * 0.3));
  const x = (i: number) => PAD.left + slot * (i + 0.5);
  const every = Math.ceil(months.length / 8);
  const line = months.map((m, i) => `${x(i).toFixed(1)},${y(m.netProfit).toFixed(1)}`).join(' ');
  return (
    <figure className="month-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>{t('statement.view.chartLabel')}</title>
        {[top, 0, bottom]
          .filter((v, i, all) => all.indexOf(v) === i)
          .map((v) => (
            <g key={v}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} className="st-chart-grid" />
              <text x={PAD.left - 4} y={y(v) + 3} textAnchor="end" className="st-chart-axis">
                {formatRupiahShort(v)}
              </text>
            </g>
          ))}
        {months.map((m, i) => (
          <g key={m.month}>
            <rect
              x={x(i) - bar}
              y={y(Math.max(0, m.revenue))}
              width={bar}
              height={Math.abs(y(m.revenue) - y(0))}
              className="st-chart-revenue"
            />
            <rect
              x={x(i)}
              y={y(Math.max(0, costsOf(m)))}
              width={bar}
              height={Math.abs(y(costsOf(m)) - y(0))}
              className="st-chart-costs"
            />
            {i % every === 0 && (
              <text x={x(i)} y={HEIGHT - 6} textAnchor="middle" className="st-chart-axis">
                {date(m.month, 'month').slice(0, 3)}
              </text>
            )}
          </g>
        ))}
        <polyline points={line} className="st-chart-net" />
        {months.map((m, i) => (
          <circle key={m.month} cx={x(i)} cy={y(m.netProfit)} r={2.5} className="st-chart-net-dot" />
        ))}
      </svg>
      <figcaption>
        <ul className="st-chart-legend">
          <li>
            <span className="swatch st-chart-revenue" aria-hidden="true" />
            {t('statement.figure.revenue')}
          </li>
          <li>
            <span className="swatch st-chart-costs" aria-hidden="true" />
            {t('statement.view.costs')}
          </li>
          <li>
            <span className="swatch st-chart-net" aria-hidden="true" />
            {t('statement.figure.netProfit')}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
