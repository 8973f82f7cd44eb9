import { useCallback, useEffect, useState } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { translate } from '../i18n/translate';
import { onVersionChange, type LumbungDb, type OpenOutcome } from '../storage';
import { saveAllUnsavedWork } from '../features/form/unsaved-work';
import { LockGate } from '../features/lock/LockGate';
import { BookShell } from './BookShell';
import { warmBehindLock } from './warm-behind-lock';
import { currentLanguage } from './language';

type Opening =
  | { status: 'opening' }
  | { status: 'open'; db: LumbungDb }
  | { status: 'newer-version' | 'unavailable' }
  | { status: 'upgrading' };

/** Shows the app once the book database is open (`opening`), or says plainly why it cannot be. */
export function App({ opening: pending }: { opening: Promise<OpenOutcome> }) {
  const [opening, setOpening] = useState<Opening>({ status: 'opening' });
  useEffect(() => {
    let cancelled = false;
    let unsubscribe = () => {};
    void pending.then((opened) => {
      if (cancelled) return;
      if (!opened.ok) return setOpening({ status: opened.reason });
      // Another tab is upgrading the database: save what can be saved here, then reload.
      unsubscribe = onVersionChange(opened.db, async () => {
        await saveAllUnsavedWork();
        setOpening({ status: 'upgrading' });
        setTimeout(() => window.location.reload(), 1200);
      });
      setOpening({ status: 'open', db: opened.db });
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [pending]);
  const openDb = opening.status === 'open' ? opening.db : null;
  const whileLocked = useCallback(() => (openDb ? warmBehindLock(openDb) : () => {}), [openDb]);

  if (opening.status === 'open')
    return (
      <LockGate db={opening.db} language={currentLanguage()} whileLocked={whileLocked}>
        <BookShell db={opening.db} />
      </LockGate>
    );
  const language = currentLanguage();
  const say = (key: Parameters<typeof translate>[1]) => translate(language, key);
  if (opening.status === 'opening') return <p className="screen loading">{say('app.loading')}</p>;
  if (opening.status === 'upgrading')
    return (
      <main className="screen notice" role="alert">
        <p>{say('app.dbUpgrade')}</p>
      </main>
    );
  const newer = opening.status === 'newer-version';
  return (
    <I18nProvider language={language}>
      <main className="screen notice" role="alert">
        <h1>{say(newer ? 'app.newerDb.title' : 'app.unavailable.title')}</h1>
        <p>{say(newer ? 'app.newerDb.body' : 'app.unavailable.body')}</p>
        <button type="button" className="btn btn-big btn-primary" onClick={() => window.location.reload()}>
          {say('app.reload')}
        </button>
      </main>
    </I18nProvider>
  );
}
