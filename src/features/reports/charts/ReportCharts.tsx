import type { BusinessMonth } from '../../../domain/dates';
import type { CategoryChartRow, DayChartRow, MonthChartRow } from '../../../domain/reports';
import { useI18n } from '../../../i18n/I18nProvider';
import { CategoryChart } from './CategoryChart';
import { CHART_COLOURS } from './chart-style';
import { DailySalesChart } from './DailySalesChart';
import { MonthlyChart } from './MonthlyChart';

/** The plain rows the charts draw; everything is computed before it gets here. */
export interface ChartRows {
  months: readonly MonthChartRow[];
  income: readonly CategoryChartRow[];
  costs: readonly CategoryChartRow[];
  salesMonth: BusinessMonth;
  daily: readonly DayChartRow[];
}

/** Every chart of the reports screen (this module and Recharts load only when the screen first opens). */
export function ReportCharts({ rows }: { rows: ChartRows }) {
  const { t } = useI18n();
  return (
    <>
      {rows.months.length > 1 && <MonthlyChart rows={rows.months} />}
      {rows.income.length > 0 && (
        <CategoryChart
          title={t('reports.charts.incomeByCategory')}
          rows={rows.income}
          colour={CHART_COLOURS.income}
        />
      )}
      {rows.costs.length > 0 && (
        <CategoryChart
          title={t('reports.charts.costsByCategory')}
          rows={rows.costs}
          colour={CHART_COLOURS.costs}
        />
      )}
      <DailySalesChart rows={rows.daily} month={rows.salesMonth} />
    </>
  );
}
