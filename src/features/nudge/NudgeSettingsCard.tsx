import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../session/SessionContext';
import { readNudgePrefs, saveNudgePrefs, type NudgePrefs } from './nudge-prefs';
import { disableNudge, enableNudge, nudgeSupport, refreshNudge, type NudgeSupport } from './nudge-runtime';

/** The evening reminder in Settings: on or off, its time, and what this browser can do for it. */
export function NudgeSettingsCard() {
  const { db, book } = useSession();
  const { t } = useI18n();
  const [prefs, setPrefs] = useState<NudgePrefs>(readNudgePrefs);
  const [support, setSupport] = useState<NudgeSupport | null>(null);
  const [denied, setDenied] = useState(false);
  useEffect(() => void nudgeSupport().then(setSupport), []);

  const change = async (next: NudgePrefs) => {
    if (next.enabled && !prefs.enabled) {
      const permission = await enableNudge();
      setDenied(permission !== 'granted');
      if (permission !== 'granted') return;
    }
    if (!next.enabled) await disableNudge();
    saveNudgePrefs(next);
    setPrefs(next);
    await refreshNudge(db, book, t);
  };

  if (support === null) return null;
  return (
    <section className="card" aria-labelledby="nudge-h">
      <h2 id="nudge-h">{t('nudge.title')}</h2>
      <p className="help">{t('nudge.intro')}</p>
      {support === 'unsupported' ? (
        <p>{t('nudge.unsupported')}</p>
      ) : (
        <div className="stack">
          {prefs.enabled && <p role="status">{t('nudge.on', { time: prefs.time, zone: book.timeZone })}</p>}
          <div className="field">
            <label htmlFor="nudge-time">{t('nudge.time')}</label>
            <input
              id="nudge-time"
              type="time"
              value={prefs.time}
              onChange={(event) => {
                if (/^\d{2}:\d{2}$/.test(event.target.value))
                  void change({ ...prefs, time: event.target.value });
              }}
            />
          </div>
          <button
            type="button"
            className="btn btn-wide"
            onClick={() => void change({ ...prefs, enabled: !prefs.enabled })}
          >
            {t(prefs.enabled ? 'nudge.disable' : 'nudge.enable')}
          </button>
          {denied && <p role="alert">{t('nudge.denied')}</p>}
          <p className="help">{t(support === 'background' ? 'nudge.background' : 'nudge.foreground')}</p>
        </div>
      )}
    </section>
  );
}
