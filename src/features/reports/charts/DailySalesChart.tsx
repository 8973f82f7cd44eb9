import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { BusinessMonth } from '../../../domain/dates';
import { formatRupiah } from '../../../domain/money';
import type { DayChartRow } from '../../../domain/reports';
import { useI18n } from '../../../i18n/I18nProvider';
import { ChartFigure } from './ChartFigure';
import { CHART_BASE, CHART_COLOURS, rupiahAxis, rupiahTooltip } from './chart-style';

/** Sales (pendapatan usaha) of every day of one month. */
export function DailySalesChart({ rows, month }: { rows: readonly DayChartRow[]; month: BusinessMonth }) {
  const { t, date } = useI18n();
  const sales = t('reports.charts.sales');
  return (
    <ChartFigure
      title={t('reports.charts.daily', { month: date(month, 'month') })}
      rows={rows}
      rowKey={(r) => r.date}
      columns={[
        { label: t('reports.charts.day'), cell: (r) => date(r.date, 'dayShort') },
        { label: sales, cell: (r) => formatRupiah(r.sales) },
      ]}
    >
      <BarChart {...CHART_BASE} data={[...rows]} style={{ width: '100%', height: 200 }}>
        <CartesianGrid vertical={false} stroke="#e5e7eb" />
        <XAxis dataKey="day" tick={{ fontSize: 12 }} interval={4} />
        <YAxis {...rupiahAxis} />
        <Tooltip
          formatter={rupiahTooltip}
          labelFormatter={(day) => `${t('reports.charts.day')} ${String(day)}`}
        />
        <Bar dataKey="sales" name={sales} fill={CHART_COLOURS.sales} isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  );
}
