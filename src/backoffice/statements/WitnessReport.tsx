import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/id';
import { formatShare } from '../../i18n/format-number';
import type { StatementDetail, WitnessSummary } from './types';

const ROWS: { field: keyof Omit<WitnessSummary, 'total'>; label: MessageKey }[] = [
  { field: 'within1d', label: 'office.witness.within1d' },
  { field: 'within3d', label: 'office.witness.within3d' },
  { field: 'within7d', label: 'office.witness.within7d' },
  { field: 'never', label: 'office.witness.never' },
];

/** The most never-witnessed records listed by date; the count above says how many there are. */
const LISTED = 50;

/**
 * How much of the statement the server witnessed, and when: shares within 1, 3 and 7 days, those
 * never witnessed, a warning when many arrived just before the statement, and what this proves.
 */
export function WitnessReport({ detail }: { detail: StatementDetail }) {
  const { t, language, date } = useI18n();
  const summary = detail.witnessed;
  const late = detail.lateArrivals;
  const never = detail.witness.filter((record) => record.lagDays === null).slice(0, LISTED);
  return (
    <section className="card witness" aria-labelledby="witness-h" data-testid="witness">
      <h2 id="witness-h">{t('office.witness.title')}</h2>
      <p className="help">{t('office.witness.intro')}</p>
      <dl className="figure-list">
        {ROWS.map((row) => (
          <div key={row.field}>
            <dt>{t(row.label)}</dt>
            <dd data-testid={`witness-${row.field}`}>
              {t('office.witness.share', {
                count: summary[row.field],
                total: summary.total,
                share: formatShare(summary.total === 0 ? 0 : summary[row.field] / summary.total, language),
              })}
            </dd>
          </div>
        ))}
      </dl>
      {late?.warn && (
        <p className="office-alarm" role="alert" data-testid="late-arrivals">
          {t('office.witness.late', { count: late.count, total: late.total })}
        </p>
      )}
      <p>{t('office.witness.proves')}</p>
      <p>{t('office.witness.notProves')}</p>
      {never.length > 0 && (
        <details>
          <summary>{t('office.witness.listTitle')}</summary>
          <ul className="office-plain-list">
            {never.map((record) => (
              <li key={record.id}>
                {t('office.witness.recordLine', {
                  date: date(record.date),
                  kind: t(`office.witness.kind.${record.kind}`),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
