import { createBook, setSetting, type LumbungDb } from '../../storage';
import { useI18n } from '../../i18n/I18nProvider';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { RestoreBackup } from '../data/RestoreBackup';
import { RestoreFromServer } from '../sync/RestoreFromServer';
import '../sync/sync.css';
import { routes } from '../routes';
import { BookForm, emptyBookDetails } from './BookForm';
import './book.css';

/** First start (or another business): the book's details, then straight to the cash book. */
export function CreateBookScreen({
  db,
  onCreated,
  backHref,
}: {
  db: LumbungDb;
  onCreated: (bookId: string) => void;
  backHref?: string;
}) {
  const { t, problem } = useI18n();
  return (
    <>
      <ScreenHeader
        title={t(backHref ? 'book.add' : 'book.create.title')}
        {...(backHref ? { backHref, backLabel: t('nav.back') } : {})}
      />
      <main className="screen">
        {!backHref && <p className="intro">{t('book.create.intro')}</p>}
        {!backHref && (
          <p>
            <a className="link" href={routes.verify}>
              {t('statement.verifyLink')}
            </a>
          </p>
        )}
        <BookForm
          initial={emptyBookDetails()}
          submitLabel={t('book.create.submit')}
          onSubmit={async (details) => {
            const made = await createBook(db, details);
            if (!made.ok) return made.errors.map(problem).join(' ');
            await setSetting(db, 'currentBookId', made.value.id);
            onCreated(made.value.id);
            return null;
          }}
        />
        {!backHref && (
          <section className="card first-restore" aria-labelledby="restore-h">
            <h2 id="restore-h">{t('data.restore.title')}</h2>
            <p className="help">{t('data.restore.firstStart')}</p>
            <RestoreBackup db={db} />
          </section>
        )}
        {!backHref && (
          <section className="card first-restore" aria-labelledby="server-restore-h">
            <h2 id="server-restore-h">{t('sync.restore.title')}</h2>
            <RestoreFromServer db={db} onRestored={onCreated} />
          </section>
        )}
      </main>
    </>
  );
}
