import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { formatRupiah } from '../../../domain/money';
import type { MonthChartRow } from '../../../domain/reports';
import { useI18n } from '../../../i18n/I18nProvider';
import { monthShort } from '../format';
import { ChartFigure } from './ChartFigure';
import { CHART_BASE, CHART_COLOURS, rupiahAxis, rupiahTooltip } from './chart-style';

/** Income and costs as bars, net profit as a line, one group per month. */
export function MonthlyChart({ rows }: { rows: readonly MonthChartRow[] }) {
  const { t, language, date } = useI18n();
  const data = rows.map((r) => ({ ...r, label: monthShort(r.month, language) }));
  const labels = {
    income: t('reports.charts.income'),
    costs: t('reports.charts.costs'),
    netProfit: t('reports.pl.netProfit'),
  };
  return (
    <ChartFigure
      title={t('reports.charts.monthly')}
      rows={rows}
      rowKey={(r) => r.month}
      columns={[
        { label: t('reports.months.month'), cell: (r) => date(r.month, 'month') },
        { label: labels.income, cell: (r) => formatRupiah(r.income) },
        { label: labels.costs, cell: (r) => formatRupiah(r.costs) },
        { label: labels.netProfit, cell: (r) => formatRupiah(r.netProfit) },
      ]}
    >
      <ComposedChart {...CHART_BASE} data={data} style={{ width: '100%', height: 240 }}>
        <CartesianGrid vertical={false} stroke="#e5e7eb" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
        <YAxis {...rupiahAxis} />
        <Tooltip formatter={rupiahTooltip} />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        <Bar dataKey="income" name={labels.income} fill={CHART_COLOURS.income} isAnimationActive={false} />
        <Bar dataKey="costs" name={labels.costs} fill={CHART_COLOURS.costs} isAnimationActive={false} />
        <Line
          dataKey="netProfit"
          name={labels.netProfit}
          stroke={CHART_COLOURS.net}
          strokeWidth={2}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ChartFigure>
  );
}
