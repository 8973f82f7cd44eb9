import type { Statement } from '../../../domain/statement';
import { disciplineWarning } from '../../../i18n/discipline-warning';
import { useI18n } from '../../../i18n/I18nProvider';
import { FigureList } from './FigureList';
import { formatDecimal, formatShare } from '../../../i18n/format-number';

/** Kedisiplinan pencatatan: how day by day the book was kept, with its warnings. */
export function DisciplineSection({ statement }: { statement: Statement }) {
  const { t, language } = useI18n();
  const d = statement.discipline;
  const days = (n: number) => t('statement.discipline.daysValue', { days: formatDecimal(n, language) });
  return (
    <section className="statement-part" aria-labelledby="st-discipline">
      <h3 id="st-discipline">{t('statement.view.discipline')}</h3>
      {d.warnings.map((w, i) => (
        <p key={i} className="warning">
          {disciplineWarning(language, w)}
        </p>
      ))}
      <FigureList
        rows={[
          {
            label: t('statement.discipline.activeDays'),
            value: t('statement.discipline.activeDaysValue', { active: d.activeDays, days: d.daysInPeriod }),
          },
          { label: t('statement.discipline.longestGap'), value: days(d.longestGapDays) },
          { label: t('statement.discipline.medianLag'), value: days(d.medianLagDays) },
          { label: t('statement.discipline.backdated'), value: formatShare(d.backdatedShare, language) },
          { label: t('statement.discipline.corrections'), value: String(d.corrections) },
          { label: t('statement.discipline.imported'), value: formatShare(d.importedShare, language) },
        ]}
      />
    </section>
  );
}
