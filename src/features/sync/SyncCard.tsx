import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { RecoveryCode } from '../../domain/sync/recovery-code';
import { useI18n } from '../../i18n/I18nProvider';
import { loadMessages } from '../../i18n/translate';
import { getSyncLink } from '../../storage';
import { useSession } from '../session/SessionContext';
import { RecoveryCodePanel } from './RecoveryCodePanel';
import { RestoreFromServer } from './RestoreFromServer';
import { ServerFields } from './ServerFields';
import { startSync } from './start-sync';
import { SyncStatusLine } from './SyncStatusLine';
import './sync.css';

/**
 * Settings → Simpan ke koperasi: the current book's sync (status, or the form that starts it and
 * then the recovery code, shown once), and a restore of another book from the server.
 */
export function SyncCard() {
  const { db, book, switchBook } = useSession();
  const { t, problem } = useI18n();
  const link = useLiveQuery(() => getSyncLink(db, book.id).then((l) => l ?? null), [db, book.id]);
  const [recovery, setRecovery] = useState<RecoveryCode | null>(null);
  const [noted, setNoted] = useState(false);
  // The card's words, and the refusals a sync or a restore can meet, load with the data messages.
  const [worded, setWorded] = useState(false);
  useEffect(() => void loadMessages('data').then(() => setWorded(true)), []);
  if (link === undefined || !worded) return null;
  return (
    <section className="card sync-card" aria-labelledby="sync-h">
      <h2 id="sync-h">{t('sync.title')}</h2>
      {recovery ? (
        <RecoveryCodePanel
          code={recovery}
          onDone={() => {
            setRecovery(null);
            setNoted(true);
          }}
        />
      ) : link ? (
        <>
          <SyncStatusLine />
          <p className="help">
            {t('sync.status.member', { member: link.memberNumber, origin: link.origin })}
          </p>
          {noted && <p role="status">{t('sync.recovery.done')}</p>}
        </>
      ) : (
        <>
          <p className="help">{t('sync.intro')}</p>
          <ServerFields
            submitLabel={t('sync.start')}
            busyLabel={t('sync.starting')}
            onSubmit={async ({ origin, code }) => {
              const started = await startSync(db, book, origin, code);
              if (!started.ok) return started.errors.map(problem).join(' ');
              setRecovery(started.value.recoveryCode);
              return null;
            }}
          />
        </>
      )}
      <details className="sync-restore">
        <summary>{t('sync.restore.title')}</summary>
        <RestoreFromServer db={db} onRestored={(id) => void switchBook(id)} />
      </details>
    </section>
  );
}
