import type { Statement } from '../../../domain/statement';
import { useI18n } from '../../../i18n/I18nProvider';
import { Money } from '../../../ui/Money';
import { MonthsChart } from './MonthsChart';

const COLUMNS = [
  'revenue',
  'cogs',
  'operatingExpenses',
  'netProfit',
  'cashIn',
  'cashOut',
  'closingBalance',
] as const;

/** Laba rugi and cash month by month: a table (scrolls sideways on a phone) and the chart. */
export function MonthsSection({ statement }: { statement: Statement }) {
  const { t, date } = useI18n();
  return (
    <section className="statement-part" aria-labelledby="st-months">
      <h3 id="st-months">{t('statement.view.months')}</h3>
      <MonthsChart months={statement.months} />
      <div className="st-scroll" tabIndex={0} role="region" aria-labelledby="st-months-caption">
        <table className="statement-table months-table">
          <caption id="st-months-caption">{t('statement.view.monthsTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statement.view.month')}</th>
              {COLUMNS.map((c) => (
                <th key={c} scope="col" className="num">
                  {t(`statement.figure.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {statement.months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{date(m.month, 'month')}</th>
                {COLUMNS.map((c) => (
                  <td key={c} className="num">
                    <Money value={m[c]} signed={c === 'netProfit'} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
