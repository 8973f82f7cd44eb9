import { useEffect, useState, useSyncExternalStore } from 'react';
import { IDLE_CHOICES, type IdleMinutes } from '../../domain/lock/idle';
import { useI18n } from '../../i18n/I18nProvider';
import { ChoiceChips } from '../../ui/ChoiceChips';
import { useToast } from '../../ui/Toast';
import { readLock, removeLock, saveLock, subscribeLock } from './lock-store';
import { hasPlatformPasskey } from './platform-passkey';
import { PinUnlock } from './PinUnlock';
import { SetPinFlow } from './SetPinFlow';
import './lock.css';

/** The PIN lock in Settings: what it guards and what not, setting, changing and removing it. */
export function LockSettingsCard() {
  const { t } = useI18n();
  const toast = useToast();
  const lock = useSyncExternalStore(subscribeLock, readLock);
  const [setting, setSetting] = useState(false);
  // Changing or removing a PIN asks for the current one first: the lock guards its own settings.
  const [asking, setAsking] = useState<'change' | 'remove' | null>(null);
  const [platform, setPlatform] = useState(false);
  const [fingerprintFailed, setFingerprintFailed] = useState(false);
  useEffect(() => void hasPlatformPasskey().then(setPlatform), []);

  const addFingerprint = async () => {
    if (!lock) return;
    const { registerPasskey } = await import('./passkey');
    const passkey = await registerPasskey();
    setFingerprintFailed(!passkey);
    const current = readLock();
    if (passkey && current) saveLock({ ...current, passkey });
  };
  const dropFingerprint = () => {
    if (!lock) return;
    saveLock({ pin: lock.pin, recovery: lock.recovery, idle: lock.idle });
  };

  return (
    <section className="card" aria-labelledby="lock-h">
      <h2 id="lock-h">{t('lock.settings.title')}</h2>
      <p>{t(lock ? 'lock.settings.on' : 'lock.settings.off')}</p>
      <p className="help">{t('lock.settings.protects')}</p>
      {asking && lock && !setting ? (
        <div className="stack" role="group" aria-label={t(`lock.settings.${asking}`)}>
          <p>{t('lock.settings.askCurrent')}</p>
          <PinUnlock
            lock={lock}
            label="lock.settings.current"
            onUnlock={() => {
              setAsking(null);
              if (asking === 'change') return setSetting(true);
              removeLock();
              toast.show(t('lock.settings.removed'));
            }}
          />
          <button type="button" className="btn btn-wide" onClick={() => setAsking(null)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : setting ? (
        <SetPinFlow
          onCancel={() => setSetting(false)}
          onDone={() => {
            setSetting(false);
            toast.show(t('lock.set.saved'));
          }}
        />
      ) : (
        <div className="stack">
          {lock && (
            <ChoiceChips<`${IdleMinutes}`>
              legend={t('lock.settings.idle')}
              name="lock-idle"
              options={IDLE_CHOICES.map((minutes) => ({
                value: `${minutes}`,
                label:
                  minutes === 0 ? t('lock.settings.idle.0') : t('lock.settings.idle.minutes', { minutes }),
              }))}
              value={`${lock.idle}`}
              onChange={(value) => saveLock({ ...lock, idle: Number(value) as IdleMinutes })}
            />
          )}
          {lock && platform && !lock.passkey && (
            <button type="button" className="btn btn-wide" onClick={() => void addFingerprint()}>
              {t('lock.settings.fingerprint')}
            </button>
          )}
          {lock?.passkey && (
            <>
              <p>{t('lock.settings.fingerprint.on')}</p>
              <button type="button" className="btn btn-wide" onClick={dropFingerprint}>
                {t('lock.settings.fingerprint.off')}
              </button>
            </>
          )}
          {fingerprintFailed && <p role="alert">{t('lock.settings.fingerprint.failed')}</p>}
          <button
            type="button"
            className="btn btn-wide"
            onClick={() => (lock ? setAsking('change') : setSetting(true))}
          >
            {t(lock ? 'lock.settings.change' : 'lock.settings.set')}
          </button>
          {lock && (
            <button type="button" className="btn btn-wide btn-danger" onClick={() => setAsking('remove')}>
              {t('lock.settings.remove')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
