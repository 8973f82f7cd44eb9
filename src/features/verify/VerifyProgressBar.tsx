import { useI18n } from '../../i18n/I18nProvider';
import type { VerifyProgress } from './verify-job';

/** How far the check of a file has come: its phase in words and a bar with the percent done. */
export function VerifyProgressBar({ name, progress }: { name: string; progress: VerifyProgress }) {
  const { t } = useI18n();
  const percent = t('verify.progress', { percent: progress.percent });
  return (
    <div className="verify-progress" role="status">
      <p className="help">
        {t('verify.checking', { name })} <span>{t(`verify.phase.${progress.phase}`)}</span> {percent}
      </p>
      <progress max={100} value={progress.percent} aria-label={percent} />
    </div>
  );
}
