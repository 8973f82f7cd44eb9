import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { idleLongEnough } from '../../domain/lock/idle';
import { I18nProvider, useI18n } from '../../i18n/I18nProvider';
import { loadMessages, type Language } from '../../i18n/translate';
import type { LumbungDb } from '../../storage';
import { saveAllUnsavedWork } from '../form/unsaved-work';
import { routes } from '../routes';
import { lastActiveAt, markActive, readLock, subscribeLock } from './lock-store';
import { useIdleLock } from './use-idle-lock';

// The lock screen and its words load only for a book that has a PIN, beside each other.
const LockScreen = lazy(() =>
  Promise.all([import('./LockScreen'), loadMessages('lock')]).then(([m]) => ({ default: m.LockScreen })),
);
const ResetAndRestore = lazy(() => import('./ResetAndRestore').then((m) => ({ default: m.ResetAndRestore })));

function Loading() {
  const { t } = useI18n();
  return <p className="screen loading">{t('app.loading')}</p>;
}

/**
 * Shows the book only when no PIN is set or it was given. While locked, the book's screens are
 * not mounted at all: nothing of the book is in the page for someone to read or uncover.
 * `whileLocked` runs while the lock screen is up (fetching code, and reading home's figures into
 * memory, never into the page), so that the right PIN finds the screens behind it ready.
 */
export function LockGate({
  db,
  language,
  whileLocked,
  children,
}: {
  db: LumbungDb;
  language: Language;
  whileLocked?: () => () => void;
  children: ReactNode;
}) {
  const lock = useSyncExternalStore(subscribeLock, readLock);
  const [locked, setLocked] = useState(
    () => lock !== null && idleLongEnough(lastActiveAt(), Date.now(), lock.idle),
  );
  const [resetting, setResetting] = useState(false);
  const lockNow = useCallback(() => {
    // A half-filled form is saved as the screens would save it before any other interruption.
    void saveAllUnsavedWork().then(() => setLocked(true));
  }, []);
  useIdleLock(lock && !locked ? lock.idle : null, lockNow);
  const showing = lock !== null && locked;
  useEffect(() => (showing && whileLocked ? whileLocked() : undefined), [showing, whileLocked]);
  const unlock = useCallback((how?: 'pin' | 'recovery' | 'fingerprint') => {
    markActive(Date.now());
    // The PIN is forgotten: Settings, where a new one is set, comes first.
    if (how === 'recovery') window.location.hash = routes.settings;
    setResetting(false);
    setLocked(false);
  }, []);

  if (!lock || !locked) return children;
  return (
    <I18nProvider language={language}>
      <Suspense fallback={<Loading />}>
        {resetting ? (
          <ResetAndRestore db={db} onBack={() => setResetting(false)} onRestored={() => unlock()} />
        ) : (
          <LockScreen lock={lock} onUnlock={unlock} onReset={() => setResetting(true)} />
        )}
      </Suspense>
    </I18nProvider>
  );
}
