import { useEffect } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { loadMessages } from '../../i18n/translate';
import { useSession } from '../session/SessionContext';
import { readNudgePrefs } from './nudge-prefs';

/**
 * Keeps the reminder's state current and reminds when due, each time Home is shown or the app
 * comes back to the front. Renders nothing; its code loads only once the reminder is on.
 */
export function NudgeCheck() {
  const { db, book } = useSession();
  const { t } = useI18n();
  useEffect(() => {
    if (!readNudgePrefs().enabled) return;
    const check = () => {
      if (document.visibilityState !== 'visible') return;
      // The notification's words are the lock part's, loaded beside the reminder's code.
      void Promise.all([import('./nudge-runtime'), loadMessages('lock')])
        .then(([m]) => m.refreshNudge(db, book, t))
        .catch(() => undefined);
    };
    check();
    document.addEventListener('visibilitychange', check);
    return () => document.removeEventListener('visibilitychange', check);
  }, [db, book, t]);
  return null;
}
