import { useI18n } from '../../i18n/I18nProvider';
import { formatShare } from '../../i18n/format-number';
import { statementHref } from '../route';
import type { StatementItem } from './types';

/** The list's rows: when received, whose, which period, the verdict and the share witnessed within a day. */
export function StatementRows({ items }: { items: readonly StatementItem[] }) {
  const { t, date, language } = useI18n();
  return (
    <ul className="office-rows" data-testid="statement-rows">
      {items.map((item) => {
        const period = `${date(item.period.from)} – ${date(item.period.to)}`;
        const { total, within1d } = item.witnessed;
        return (
          <li key={item.id} className={`office-row verdict-row-${item.verdict}`}>
            <a href={statementHref(item.id)}>
              <strong className="office-row-verdict">{t(`verify.verdict.${item.verdict}`)}</strong>
              <span>
                {t('office.statements.col.member')}: {item.memberNumber}
              </span>
              <span>
                {t('office.statements.col.period')}: {period}
              </span>
              <span>
                {t('office.statements.col.received')}: {date(item.receivedAt.slice(0, 10))}
              </span>
              <span>
                {t('office.statements.col.witnessed')}:{' '}
                {formatShare(total === 0 ? 0 : within1d / total, language)}
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
