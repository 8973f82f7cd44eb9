import { useLiveQuery } from 'dexie-react-hooks';
import { useI18n } from '../../i18n/I18nProvider';
import { backupStatus, dismissBackupReminder } from '../../storage';
import { OfferCard } from '../../ui/OfferCard';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { useAskPersistentStorageAfterFirstEntry } from './use-persistent-storage';
import './BackupReminder.css';

/**
 * The home screen's data-safety duties: a small, dismissible note when a backup is due (a week or
 * 200 entries since the last), and the one request for persistent storage after the first entry.
 */
export function BackupReminder() {
  const { db } = useSession();
  const { t } = useI18n();
  useAskPersistentStorageAfterFirstEntry(db);
  const status = useLiveQuery(() => backupStatus(db, new Date().toISOString()), [db]);
  if (!status?.reminderDue) return null;
  return (
    <OfferCard
      look="note"
      className="backup-note"
      title={t('data.backup.title')}
      text={t('data.backup.reminder')}
      action={{ href: routes.data, label: t('data.backup.reminderAction') }}
      later={{
        label: t('data.backup.reminderLater'),
        onClick: () => void dismissBackupReminder(db, new Date().toISOString()),
      }}
    />
  );
}
