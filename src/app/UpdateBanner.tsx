import { useState, useSyncExternalStore } from 'react';
import { hasUnsavedWork } from '../features/form/unsaved-work';
import { useSession } from '../features/session/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import { applyUpdate, getUpdateState, subscribeUpdate } from '../pwa/register';
import { settleWrites } from '../storage';
import './UpdateBanner.css';

/**
 * Offers a waiting new version and reloads only when the member agrees: never over a form (or an
 * import, a restore) that holds unsaved work, and only after every write already started has
 * committed, so nothing the member saved is lost to the reload.
 */
export function UpdateBanner() {
  const { t } = useI18n();
  const { db } = useSession();
  const state = useSyncExternalStore(subscribeUpdate, getUpdateState);
  const [dismissed, setDismissed] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const [reloading, setReloading] = useState(false);
  if (state !== 'available' || dismissed) return null;
  const reload = async () => {
    if (hasUnsavedWork()) return setBlocked(true);
    setReloading(true);
    await settleWrites(db);
    applyUpdate();
  };
  return (
    <div className="update-banner" role="status">
      <p>{blocked ? t('app.update.finishForm') : t('app.update.available')}</p>
      <button
        type="button"
        className="btn btn-small btn-primary"
        disabled={reloading}
        onClick={() => void reload()}
      >
        {t('app.update.reload')}
      </button>
      <button type="button" className="btn btn-small" onClick={() => setDismissed(true)}>
        {t('app.update.later')}
      </button>
    </div>
  );
}
