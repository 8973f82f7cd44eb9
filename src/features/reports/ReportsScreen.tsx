import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useState } from 'react';
import { categoryChartRows, monthChartRows } from '../../domain/reports';
import { useI18n } from '../../i18n/I18nProvider';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useSession } from '../session/SessionContext';
import { CashFlowSection } from './CashFlowSection';
import { loadReport, type ReportView } from './load-report';
import { MonthTable } from './MonthTable';
import { DEFAULT_CHOICE, periodOf, type PeriodChoice } from './period-choice';
import { PeriodPicker } from './PeriodPicker';
import { PositionSection } from './PositionSection';
import { ProfitLossSection } from './ProfitLossSection';
import { shownMonths } from './shown-months';
import './reports.css';

const ReportCharts = lazy(() => import('./charts/ReportCharts').then((m) => ({ default: m.ReportCharts })));

/** Laba rugi, arus kas, month by month and charts for a chosen period, compared with the one before. */
export function ReportsScreen() {
  const { db, book, today } = useSession();
  const { t, problem } = useI18n();
  const [choice, setChoice] = useState<PeriodChoice>(DEFAULT_CHOICE);
  const period = periodOf(choice, today);
  const valid = period.ok ? period.value : null;
  const view = useLiveQuery(
    () => (valid ? loadReport(db, book.id, valid, today) : Promise.resolve(null)),
    [db, book.id, valid?.from, valid?.to, today],
  );
  const shown = view && valid && view.report.period.from === valid.from && view.report.period.to === valid.to;
  return (
    <>
      <ScreenHeader title={t('reports.title')} />
      <main className="screen reports">
        <PeriodPicker
          choice={choice}
          today={today}
          error={period.ok ? undefined : period.errors.map(problem).join(' ')}
          onChange={setChoice}
        />
        {!shown ? valid && <p className="help">{t('reports.loading')}</p> : <ReportBody view={view} />}
      </main>
    </>
  );
}

function ReportBody({ view }: { view: ReportView }) {
  const { t, date } = useI18n();
  const { report, previous } = view;
  const { today } = useSession();
  const months = shownMonths(report.months, today);
  const range = (p: { from: string; to: string }) => ({ from: date(p.from), to: date(p.to) });
  return (
    <>
      <section className="card report-period" aria-labelledby="period-h">
        <h2 id="period-h" data-testid="report-period">
          {t('reports.period.range', range(report.period))}
        </h2>
        <p className="help">{t('reports.compare', range(previous.period))}</p>
        <p className="help" data-testid="report-counts">
          {t('reports.counts', report.counts)}
        </p>
      </section>
      <ProfitLossSection
        profitAndLoss={report.profitAndLoss}
        comparison={view.comparison}
        period={report.period}
        accounts={view.accounts}
        inventory={view.countsStock ? report.inventory : undefined}
      />
      <CashFlowSection cashFlow={report.cashFlow} accounts={view.accounts} />
      <PositionSection key={`${report.period.from}|${report.period.to}`} period={report.period} />
      {months.length > 1 && <MonthTable months={months} />}
      <section className="card report-section" aria-labelledby="charts-h">
        <h2 id="charts-h">{t('reports.charts.title')}</h2>
        <p className="help">{t('reports.charts.tableNote')}</p>
        <Suspense fallback={<p className="help">{t('reports.charts.loading')}</p>}>
          <ReportCharts
            rows={{
              months: monthChartRows(months),
              income: categoryChartRows(report.profitAndLoss.byCategory, 'income'),
              costs: categoryChartRows(report.profitAndLoss.byCategory, 'costs'),
              salesMonth: view.salesMonth,
              daily: view.dailySales,
            }}
          />
        </Suspense>
      </section>
    </>
  );
}
