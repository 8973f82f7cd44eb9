import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatRupiah } from '../../../domain/money';
import type { CategoryChartRow } from '../../../domain/reports';
import { useI18n } from '../../../i18n/I18nProvider';
import { ChartFigure } from './ChartFigure';
import { CHART_BASE, rupiahAxis, rupiahTooltip } from './chart-style';

/** One side of profit and loss (income or costs) by category, as horizontal bars. */
export function CategoryChart({
  title,
  rows,
  colour,
}: {
  title: string;
  rows: readonly CategoryChartRow[];
  colour: string;
}) {
  const { t } = useI18n();
  const data = rows.map((r) => ({
    ...r,
    label: r.categoryId === null ? t('reports.charts.otherCategories') : r.category,
  }));
  return (
    <ChartFigure
      title={title}
      rows={data}
      rowKey={(r) => r.categoryId ?? 'others'}
      columns={[
        { label: t('reports.charts.category'), cell: (r) => r.label },
        { label: t('reports.charts.amount'), cell: (r) => formatRupiah(r.amount) },
      ]}
    >
      <BarChart
        {...CHART_BASE}
        layout="vertical"
        data={data}
        style={{ width: '100%', height: 32 + data.length * 34 }}
      >
        <CartesianGrid horizontal={false} stroke="#e5e7eb" />
        <XAxis type="number" {...rupiahAxis} />
        <YAxis type="category" dataKey="label" width={104} tick={{ fontSize: 12 }} />
        <Tooltip formatter={rupiahTooltip} />
        <Bar dataKey="amount" name={t('reports.charts.amount')} fill={colour} isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  );
}
