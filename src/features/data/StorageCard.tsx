import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../session/SessionContext';
import { askPersistentStorage, usePersistResult } from './use-persistent-storage';

/** Whether the browser promised to keep the book, and what it risks when it did not. */
export function StorageCard() {
  const { db } = useSession();
  const { t } = useI18n();
  const result = usePersistResult(db);
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
      {result === 'denied' && (
        <button type="button" className="btn btn-small" onClick={() => void askPersistentStorage(db)}>
          {t('data.storage.ask')}
        </button>
      )}
    </section>
  );
}
