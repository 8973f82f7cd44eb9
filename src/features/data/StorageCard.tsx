import { useLiveQuery } from 'dexie-react-hooks';
import { useI18n } from '../../i18n/I18nProvider';
import { photoUsage } from '../../storage/lazy';
import { useSession } from '../session/SessionContext';
import { askPersistentStorage, usePersistResult } from './use-persistent-storage';

/** Whether the browser promised to keep the book, what it risks when it did not, and what the photos take. */
export function StorageCard() {
  const { db } = useSession();
  const { t } = useI18n();
  const result = usePersistResult(db);
  const photos = useLiveQuery(() => photoUsage(db), [db]);
  if (result === null) return null;
  const text =
    result === 'granted'
      ? t('data.storage.granted')
      : result === 'denied'
        ? t('data.storage.denied')
        : result === 'unsupported'
          ? t('data.storage.unsupported')
          : t('data.storage.notAsked');
  return (
    <section className="card" aria-labelledby="storage-h">
      <h2 id="storage-h">{t('data.storage.title')}</h2>
      <p className={result === 'granted' ? '' : 'warning'} data-testid="storage-status">
        {text}
      </p>
      {photos && photos.count > 0 && (
        <p data-testid="photo-usage">
          {t('data.storage.photos', { count: photos.count, kb: Math.ceil(photos.bytes / 1024) })}
        </p>
      )}
      {result === 'denied' && (
        <button type="button" className="btn btn-small" onClick={() => void askPersistentStorage(db)}>
          {t('data.storage.ask')}
        </button>
      )}
    </section>
  );
}
