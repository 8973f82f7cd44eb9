import { useI18n } from '../../i18n/I18nProvider';

/** What a valid signature proves and what it does not, in plain words (always shown). */
export function ProofNotice() {
  const { t } = useI18n();
  return (
    <div className="proof-notice">
      <h3>{t('verify.proof.title')}</h3>
      <p>
        <strong>{t('verify.proof.does')}</strong> {t('verify.proof.doesText')}
      </p>
      <p>
        <strong>{t('verify.proof.doesNot')}</strong> {t('verify.proof.doesNotText')}
      </p>
    </div>
  );
}
