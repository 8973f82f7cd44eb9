import { useI18n } from '../../i18n/I18nProvider';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useToast } from '../../ui/Toast';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { BackupCard } from './BackupCard';
import { CheckCard } from './CheckCard';
import { ExportCard } from './ExportCard';
import { ImportCard } from './ImportCard';
import { RestoreBackup } from './RestoreBackup';
import { StorageCard } from './StorageCard';
import './data.css';

/** Keeping the book safe and moving it: storage grant, backup, restore, CSV import and export. */
export function DataScreen() {
  const { db, switchBook } = useSession();
  const { t } = useI18n();
  const toast = useToast();
  return (
    <>
      <ScreenHeader title={t('data.title')} backHref={routes.settings} backLabel={t('nav.back')} />
      <main className="screen data-screen">
        <StorageCard />
        <BackupCard />
        <section className="card" aria-labelledby="restore-h">
          <h2 id="restore-h">{t('data.restore.title')}</h2>
          <p className="help">{t('data.restore.intro')}</p>
          <RestoreBackup
            db={db}
            onRestored={(summary) => {
              toast.show(t('data.restore.done', { books: summary.books.length, entries: summary.entries }));
              const first = summary.books[0];
              if (summary.books.length === 1 && first) void switchBook(first.id);
            }}
          />
        </section>
        <ImportCard />
        <ExportCard />
        <CheckCard />
      </main>
    </>
  );
}
