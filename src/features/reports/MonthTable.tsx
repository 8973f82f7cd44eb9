import type { MonthRow } from '../../domain/reports';
import { formatThousands } from '../../domain/money';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/id';

const COLUMNS: ReadonlyArray<{ key: keyof Omit<MonthRow, 'month'>; label: MessageKey }> = [
  { key: 'revenue', label: 'reports.pl.revenue' },
  { key: 'cogs', label: 'reports.pl.cogs' },
  { key: 'grossProfit', label: 'reports.pl.grossProfit' },
  { key: 'operatingExpenses', label: 'reports.pl.operatingExpenses' },
  { key: 'netProfit', label: 'reports.pl.netProfit' },
  { key: 'cashIn', label: 'reports.months.cashIn' },
  { key: 'cashOut', label: 'reports.months.cashOut' },
  { key: 'closingBalance', label: 'reports.months.closing' },
];

/** The month-by-month table (for ranges longer than a month), scrolling sideways on a phone. */
export function MonthTable({ months }: { months: readonly MonthRow[] }) {
  const { t, date } = useI18n();
  return (
    <section className="card report-section" aria-labelledby="months-h">
      <h2 id="months-h">{t('reports.months.title')}</h2>
      <p className="help scroll-hint" aria-hidden="true">
        {t('reports.months.scrollHint', { count: COLUMNS.length })}
      </p>
      <div className="table-scroll" role="region" aria-labelledby="months-h" tabIndex={0}>
        <table className="report-table" data-testid="month-table">
          <caption className="sr-only">{t('reports.months.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.months.month')}</th>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col">
                  {t(c.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{date(m.month, 'month')}</th>
                {COLUMNS.map((c) => (
                  <td key={c.key}>{formatThousands(m[c.key])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
