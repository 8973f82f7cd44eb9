import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { dateInTimeZone } from '../../domain/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { syncState } from '../../storage';
import { useSession } from '../session/SessionContext';

/** Whether the browser believes it is online, kept current. */
function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/** A stopped sync in the member's words. */
const STOP_KEYS = { fork: 'sync.status.fork', behind: 'sync.status.behind' } as const;

/**
 * When the current book was last safe on the cooperative's server ("Tersimpan di koperasi: hari
 * ini 14.05"), what still waits (and whether for the internet), or why sending stopped. Nothing
 * for a book that does not sync.
 */
export function SyncStatusLine() {
  const { db, book, today } = useSession();
  const { t } = useI18n();
  const online = useOnline();
  const state = useLiveQuery(() => syncState(db, book.id), [db, book.id]);
  if (!state) return null;
  const { link, pending } = state;
  if (link.stopped) {
    const key = STOP_KEYS[link.stopped.code as keyof typeof STOP_KEYS];
    return (
      <p className="sync-status sync-stopped" role="alert">
        {key ? t(key) : t('sync.status.refused', { message: link.stopped.message ?? link.stopped.code })}
      </p>
    );
  }
  const when = (instant: string) => {
    const at = new Date(instant);
    const time = new Intl.DateTimeFormat('id-ID', {
      timeZone: book.timeZone,
      hour: '2-digit',
      minute: '2-digit',
    }).format(at);
    return dateInTimeZone(at, book.timeZone) === today
      ? t('sync.status.todayAt', { time })
      : new Intl.DateTimeFormat('id-ID', {
          timeZone: book.timeZone,
          dateStyle: 'medium',
          timeStyle: 'short',
        }).format(at);
  };
  return (
    <p className="sync-status" role="status">
      {link.safeAt ? t('sync.status.safe', { when: when(link.safeAt) }) : t('sync.status.never')}
      {pending > 0 && (
        <>
          {' · '}
          {t(online ? 'sync.status.waiting' : 'sync.status.offline', { count: pending })}
        </>
      )}
    </p>
  );
}
