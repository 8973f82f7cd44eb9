import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { BuiltBackup } from '../../domain/backup/build';
import { useI18n } from '../../i18n/I18nProvider';
import { backupStatus, makeBackup, markBackupSaved } from '../../storage';
import { photoUsage } from '../../storage/lazy';
import { useToast } from '../../ui/Toast';
import { useSession } from '../session/SessionContext';
import { storageFailureMessage } from './storage-failure';
import { SaveFileButtons } from './SaveFileButtons';

/** The full backup: when the last one was made, and a new one made, then shared or downloaded. */
export function BackupCard() {
  const { db, book, today } = useSession();
  const { t, instant } = useI18n();
  const toast = useToast();
  const status = useLiveQuery(() => backupStatus(db, new Date().toISOString()), [db]);
  const [made, setMade] = useState<{ file: File; backup: BuiltBackup } | 'making' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const photos = useLiveQuery(() => photoUsage(db), [db]);
  const [withPhotos, setWithPhotos] = useState(false);

  const make = async () => {
    setMade('making');
    setError(null);
    try {
      const backup = await makeBackup(db, __APP_VERSION__, { photos: withPhotos });
      const file = new File([backup.text], `lumbung-cadangan-${today}.json`, { type: 'application/json' });
      setMade({ file, backup });
    } catch (failure) {
      setMade(null);
      setError(t(storageFailureMessage(failure)));
    }
  };
  const saved = async (backup: BuiltBackup) => {
    await markBackupSaved(db, new Date().toISOString(), backup.counts.revisions);
    setMade(null);
    toast.show(t('data.backup.saved'));
  };

  return (
    <section className="card" aria-labelledby="backup-h">
      <h2 id="backup-h">{t('data.backup.title')}</h2>
      <p className="help">{t('data.backup.intro')}</p>
      {status && (
        <p data-testid="last-backup">
          {status.lastBackup
            ? t('data.backup.last', { when: instant(status.lastBackup.at, book.timeZone) })
            : t('data.backup.never')}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {made === null && photos && photos.count > 0 && (
        <>
          <label className="check">
            <input type="checkbox" checked={withPhotos} onChange={(e) => setWithPhotos(e.target.checked)} />
            {t('data.backup.photos', { count: photos.count, kb: Math.ceil(photos.bytes / 1024) })}
          </label>
          <p className="help">{t('data.backup.photosHelp')}</p>
        </>
      )}
      {made === null && (
        <button type="button" className="btn btn-wide btn-primary" onClick={() => void make()}>
          {t('data.backup.make')}
        </button>
      )}
      {made === 'making' && <p role="status">{t('data.backup.making')}</p>}
      {made !== null && made !== 'making' && (
        <>
          <p role="status">
            {t('data.backup.ready', { books: made.backup.counts.books, entries: made.backup.counts.entries })}
            {made.backup.counts.photos > 0 &&
              ` ${t('data.backup.readyPhotos', { photos: made.backup.counts.photos })}`}
          </p>
          <SaveFileButtons file={made.file} onSaved={() => void saved(made.backup)} />
        </>
      )}
    </section>
  );
}
