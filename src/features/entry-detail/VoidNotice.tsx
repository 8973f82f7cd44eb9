import { useI18n } from '../../i18n/I18nProvider';
import './VoidNotice.css';

/** That an entry or transfer was voided, its reason on a line of its own, and what voiding means. */
export function VoidNotice({ reason }: { reason: string | undefined }) {
  const { t } = useI18n();
  return (
    <div className="warning void-notice" role="note">
      <p>
        <strong>{t('detail.voided.title')}</strong>
      </p>
      {reason && <p>{t('detail.voided', { reason })}</p>}
      <p>{t('detail.voided.help')}</p>
    </div>
  );
}
