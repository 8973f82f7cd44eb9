import { PROFIT_AND_LOSS_LINES } from '../../../domain/reports/compare';
import type { Statement } from '../../../domain/statement';
import { useI18n } from '../../../i18n/I18nProvider';
import { Money } from '../../../ui/Money';
import { FigureList } from './FigureList';

const TOTALS = new Set<string>(['grossProfit', 'operatingProfit', 'netProfit']);

/** Laba rugi of the period, with the breakdown per category. */
export function ProfitLossSection({ statement }: { statement: Statement }) {
  const { t } = useI18n();
  const pl = statement.profitAndLoss;
  return (
    <section className="statement-part" aria-labelledby="st-pl">
      <h3 id="st-pl">{t('statement.view.profitLoss')}</h3>
      <FigureList
        rows={PROFIT_AND_LOSS_LINES.map((line) => ({
          key: line,
          label: t(`statement.figure.${line}`),
          value: <Money value={pl[line]} signed={TOTALS.has(line)} />,
          strong: TOTALS.has(line),
        }))}
      />
      {pl.byCategory.length > 0 && (
        <table className="statement-table">
          <caption>{t('statement.view.byCategory')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statement.view.category')}</th>
              <th scope="col" className="num">
                {t('statement.view.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {pl.byCategory.map((line) => (
              <tr key={`${line.kind}:${line.category}`}>
                <th scope="row">
                  {line.category}
                  <span className="cell-sub">{t(`kind.${line.kind}`)}</span>
                </th>
                <td className="num">
                  <Money value={line.amount} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
