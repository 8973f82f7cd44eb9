import { useState, useSyncExternalStore } from 'react';
import { hasUnsavedWork } from '../features/session/unsaved-work';
import { useI18n } from '../i18n/I18nProvider';
import { applyUpdate, getUpdateState, subscribeUpdate } from '../pwa/register';

/** Offers a waiting new version; never reloads over a form that holds unsaved input. */
export function UpdateBanner() {
  const { t } = useI18n();
  const state = useSyncExternalStore(subscribeUpdate, getUpdateState);
  const [dismissed, setDismissed] = useState(false);
  const [blocked, setBlocked] = useState(false);
  if (state !== 'available' || dismissed) return null;
  const reload = () => {
    if (hasUnsavedWork()) return setBlocked(true);
    void applyUpdate();
  };
  return (
    <div className="update-banner" role="status">
      <p>{blocked ? t('app.update.finishForm') : t('app.update.available')}</p>
      <button type="button" className="btn btn-small btn-primary" onClick={reload}>
        {t('app.update.reload')}
      </button>
      <button type="button" className="btn btn-small" onClick={() => setDismissed(true)}>
        {t('app.update.later')}
      </button>
    </div>
  );
}
