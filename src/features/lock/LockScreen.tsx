import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { LockRecord } from './lock-store';
import { hasPlatformPasskey } from './platform-passkey';
import { PinUnlock } from './PinUnlock';
import { RecoveryUnlock } from './RecoveryUnlock';
import './lock.css';

/**
 * The first screen while the book is locked: the PIN, the fingerprint where the phone has one,
 * and the ways back for a forgotten PIN. Nothing of the book is read or shown here.
 */
export function LockScreen({
  lock,
  onUnlock,
  onReset,
}: {
  lock: LockRecord;
  onUnlock: (how: 'pin' | 'recovery' | 'fingerprint') => void;
  onReset: () => void;
}) {
  const { t } = useI18n();
  const [view, setView] = useState<'pin' | 'recovery'>('pin');
  const [fingerprint, setFingerprint] = useState(false);
  const [fingerprintFailed, setFingerprintFailed] = useState(false);
  const passkey = lock.passkey;
  useEffect(() => {
    if (passkey) void hasPlatformPasskey().then(setFingerprint);
  }, [passkey]);

  const openWithFingerprint = async () => {
    if (!passkey) return;
    const { unlockWithPasskey } = await import('./passkey');
    if (await unlockWithPasskey(passkey)) onUnlock('fingerprint');
    else setFingerprintFailed(true);
  };

  return (
    <main className="screen lock-screen">
      <h1>{t('lock.title')}</h1>
      {view === 'pin' ? (
        <>
          <p className="help">{t('lock.intro')}</p>
          <PinUnlock lock={lock} onUnlock={() => onUnlock('pin')} />
          {fingerprint && (
            <button type="button" className="btn btn-wide" onClick={() => void openWithFingerprint()}>
              {t('lock.fingerprint')}
            </button>
          )}
          {fingerprintFailed && <p role="alert">{t('lock.fingerprint.failed')}</p>}
          <button type="button" className="btn btn-wide" onClick={() => setView('recovery')}>
            {t('lock.forgot')}
          </button>
        </>
      ) : (
        <>
          <RecoveryUnlock lock={lock} onUnlock={() => onUnlock('recovery')} />
          <button type="button" className="btn btn-wide" onClick={() => setView('pin')}>
            {t('lock.recovery.back')}
          </button>
          <section className="card" aria-labelledby="lock-lost-h">
            <h2 id="lock-lost-h">{t('lock.lost.title')}</h2>
            <p>{t('lock.lost.text')}</p>
            <button type="button" className="btn btn-wide" onClick={onReset}>
              {t('lock.reset')}
            </button>
          </section>
        </>
      )}
    </main>
  );
}
