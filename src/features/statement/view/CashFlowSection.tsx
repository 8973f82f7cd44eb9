import type { Statement } from '../../../domain/statement';
import { useI18n } from '../../../i18n/I18nProvider';
import { Money } from '../../../ui/Money';
import { FigureList } from './FigureList';

const LINES = ['openingBalance', 'operating', 'investing', 'financing', 'closingBalance'] as const;

/** Arus kas: opening balance, the three groups, closing balance, and each account at the end. */
export function CashFlowSection({ statement }: { statement: Statement }) {
  const { t } = useI18n();
  const cf = statement.cashFlow;
  return (
    <section className="statement-part" aria-labelledby="st-cf">
      <h3 id="st-cf">{t('statement.view.cashFlow')}</h3>
      <FigureList
        rows={LINES.map((line) => ({
          key: line,
          label: t(`statement.figure.${line}`),
          value: <Money value={cf[line]} signed={line !== 'openingBalance' && line !== 'closingBalance'} />,
          strong: line === 'closingBalance',
        }))}
      />
      <h4>{t('statement.view.accounts')}</h4>
      <FigureList
        rows={cf.accounts.map((a) => ({ key: a.name, label: a.name, value: <Money value={a.balance} /> }))}
      />
    </section>
  );
}
