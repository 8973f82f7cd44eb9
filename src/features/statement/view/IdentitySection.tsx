import type { Statement } from '../../../domain/statement';
import { useI18n } from '../../../i18n/I18nProvider';
import { FigureList } from './FigureList';

/** Who made the statement, for which business and period, and when. */
export function IdentitySection({ statement }: { statement: Statement }) {
  const { t, date, instant } = useI18n();
  const b = statement.business;
  const dash = (text: string) => (text === '' ? '—' : text);
  return (
    <section className="statement-part" aria-labelledby="st-identity">
      <h3 id="st-identity">{t('statement.view.identity')}</h3>
      <FigureList
        rows={[
          { label: t('book.name'), value: dash(b.name) },
          { label: t('book.owner'), value: dash(b.owner) },
          { label: t('book.memberNumber'), value: dash(b.memberNumber) },
          { label: t('book.cooperative'), value: dash(b.cooperative) },
          { label: t('book.branch'), value: dash(b.branch) },
          { label: t('book.businessType'), value: dash(b.type) },
          {
            label: t('statement.view.period'),
            value: t('statement.view.periodValue', {
              from: date(statement.period.from),
              to: date(statement.period.to),
            }),
          },
          { label: t('statement.view.createdAt'), value: instant(statement.createdAt, b.timeZone) },
          { label: t('book.timeZone'), value: b.timeZone },
          { label: t('statement.view.id'), value: <span className="mono">{statement.id}</span> },
        ]}
      />
    </section>
  );
}
