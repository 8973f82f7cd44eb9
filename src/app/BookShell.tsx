import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { setSetting, type LumbungDb } from '../storage';
import { LazyCreateBookScreen } from '../features/book/LazyCreateBookScreen';
import { routes } from '../features/routes';
import { SessionContext, type Session } from '../features/session/SessionContext';
import { useToday } from '../features/session/useToday';
import { useBackgroundSync } from '../features/sync/useBackgroundSync';
import { LazyVerifyScreen } from '../features/statement/lazy-screens';
import { I18nProvider } from '../i18n/I18nProvider';
import { loadLanguage, type Language } from '../i18n/translate';
import { ToastProvider } from '../ui/Toast';
import { rememberLanguage } from './language';
import { forgetWarmShellState, peekWarmShellState, readShellState } from './shell-state';
import { Screens } from './Screens';
import { useHashRoute } from './use-hash-route';

/** Chooses the book to work in (or asks for the first one) and provides the session. */
export function BookShell({ db }: { db: LumbungDb }) {
  const route = useHashRoute();
  // The state read while the lock screen waited is used at once; the live read then follows.
  const [warm] = useState(peekWarmShellState);
  useEffect(forgetWarmShellState, []);
  const state = useLiveQuery(() => readShellState(db), [db], warm);
  const switchBook = useCallback(
    async (bookId: string) => {
      await setSetting(db, 'currentBookId', bookId);
      window.location.hash = routes.home;
    },
    [db],
  );
  const setLanguage = useCallback(
    async (language: Language) => {
      // Loaded before the switch, so the screens change language at once. Should it fail, the
      // choice is still kept: the provider speaks Indonesian until the messages can load.
      await loadLanguage(language).catch(() => undefined);
      rememberLanguage(language);
      await setSetting(db, 'language', language);
    },
    [db],
  );

  if (!state) return null;
  return (
    <I18nProvider language={state.language}>
      <ToastProvider>
        {state.book ? (
          <BookSession db={db} book={state.book} switchBook={switchBook} setLanguage={setLanguage} />
        ) : route.screen === 'verify' ? (
          // An officer may check statements without ever keeping a book.
          <div className="app">
            <LazyVerifyScreen backHref={routes.home} />
          </div>
        ) : (
          <LazyCreateBookScreen db={db} onCreated={() => (window.location.hash = routes.home)} />
        )}
      </ToastProvider>
    </I18nProvider>
  );
}

function BookSession(props: Omit<Session, 'today'>) {
  const today = useToday(props.book.timeZone);
  useBackgroundSync(props.db);
  const session = useMemo<Session>(() => ({ ...props, today }), [props, today]);
  return (
    <SessionContext.Provider value={session}>
      <Screens />
    </SessionContext.Provider>
  );
}
