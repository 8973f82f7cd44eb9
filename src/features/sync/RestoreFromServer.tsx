import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { LumbungDb } from '../../storage';
import { connectForRestore, restoreFromServer, type RestoreConnection } from './restore-from-server';
import { CodeField } from './CodeField';
import { ServerFields } from './ServerFields';

type Progress = { done: number; total: number } | 'checking' | null;

/**
 * Pulihkan dari koperasi: enrol this phone with a new code, choose one of the member's books on
 * the server, type the recovery code, and watch the history arrive. Any refusal says what
 * happened; nothing is written until the whole book has been checked.
 */
export function RestoreFromServer({
  db,
  onRestored,
}: {
  db: LumbungDb;
  onRestored: (bookId: string) => void;
}) {
  const { t, problem, date } = useI18n();
  const [connection, setConnection] = useState<RestoreConnection | null>(null);
  const [bookId, setBookId] = useState('');
  const [code, setCode] = useState('');
  const [progress, setProgress] = useState<Progress>(null);
  const [error, setError] = useState<string | null>(null);

  if (!connection)
    return (
      <div className="sync-restore-body">
        <p className="help">{t('sync.restore.intro')}</p>
        <ServerFields
          submitLabel={t('sync.restore.connect')}
          busyLabel={t('sync.restore.connecting')}
          onSubmit={async ({ origin, code: enrolment }) => {
            const connected = await connectForRestore(db, origin, enrolment);
            if (!connected.ok) return connected.errors.map(problem).join(' ');
            setConnection(connected.value);
            setBookId(connected.value.books[0]?.bookId ?? '');
            return null;
          }}
        />
      </div>
    );
  if (connection.books.length === 0) return <p role="status">{t('sync.restore.none')}</p>;
  const busy = progress !== null;
  return (
    <form
      className="sync-restore-body"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        setProgress({ done: 0, total: 0 });
        void restoreFromServer(db, connection, bookId, code, (done, total) => {
          setProgress(done >= total ? 'checking' : { done, total });
        }).then(
          (restored) => {
            setProgress(null);
            if (!restored.ok) return setError(restored.errors.map(problem).join(' '));
            onRestored(restored.value.bookId);
          },
          () => {
            setProgress(null);
            setError(problem({ code: 'syncCall.answer' }));
          },
        );
      }}
    >
      <fieldset>
        <legend>{t('sync.restore.choose')}</legend>
        {connection.books.map((b) => (
          <label key={b.bookId} className="choice">
            <input
              type="radio"
              name="restore-book"
              value={b.bookId}
              checked={bookId === b.bookId}
              onChange={() => setBookId(b.bookId)}
            />
            {t('sync.restore.book', {
              id: b.bookId.slice(0, 8),
              count: b.tip.seq,
              when: date(b.updatedAt.slice(0, 10), 'day'),
            })}
          </label>
        ))}
      </fieldset>
      <CodeField label={t('sync.restore.code')} value={code} onChange={setCode} />
      {progress === 'checking' && <p role="status">{t('sync.restore.checking')}</p>}
      {progress !== null && progress !== 'checking' && (
        <label className="sync-progress">
          {t('sync.restore.progress', progress)}
          <progress max={progress.total || 1} value={progress.done} />
        </label>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={busy || bookId === ''}>
        {t('sync.restore.start')}
      </button>
    </form>
  );
}
