import type { Statement } from '../../../domain/statement';
import { useI18n, type I18n } from '../../../i18n/I18nProvider';
import { FigureList } from './FigureList';
import { formatDecimal, formatShare } from './format';

type Warning = Statement['discipline']['warnings'][number];

/** A warning's sentence; the file is untrusted, so an unknown code is shown as a plain code. */
function warningText({ t }: I18n, warning: Warning): string {
  const p = warning.params ?? {};
  switch (warning.code) {
    case 'discipline.lateBurst':
      return t('statement.warning.lateBurst', {
        count: p.count ?? '?',
        days: p.days ?? '?',
        age: p.age ?? '?',
      });
    case 'discipline.noEntries':
      return t('statement.warning.noEntries');
    default:
      return t('statement.warning.other', { code: warning.code });
  }
}

/** Kedisiplinan pencatatan: how day by day the book was kept, with its warnings. */
export function DisciplineSection({ statement }: { statement: Statement }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const d = statement.discipline;
  const days = (n: number) => t('statement.discipline.daysValue', { days: formatDecimal(n, language) });
  return (
    <section className="statement-part" aria-labelledby="st-discipline">
      <h3 id="st-discipline">{t('statement.view.discipline')}</h3>
      {d.warnings.map((w, i) => (
        <p key={i} className="warning">
          {warningText(i18n, w)}
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
