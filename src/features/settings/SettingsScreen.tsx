import { useLiveQuery } from 'dexie-react-hooks';
import { listBooks, updateBook } from '../../storage';
import { useI18n } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/translate';
import { ChoiceChips } from '../../ui/ChoiceChips';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useToast } from '../../ui/Toast';
import { BookForm, bookDetails } from '../book/BookForm';
import { LockSettingsCard } from '../lock/LockSettingsCard';
import { LazyNudgeSettingsCard } from '../nudge/LazyNudgeSettingsCard';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { LazyStatementSettingsCard } from '../statement/lazy-screens';
import { SyncCard } from '../sync/SyncCard';
import { LazyStockLinks } from '../stock/lazy-screens';
import './settings.css';

/** Language, the businesses on this phone, and the current book's details. */
export function SettingsScreen() {
  const { db, book, switchBook, setLanguage } = useSession();
  const { t, language, problem } = useI18n();
  const toast = useToast();
  const books = useLiveQuery(() => listBooks(db), [db]);
  return (
    <>
      <ScreenHeader title={t('settings.title')} />
      <main className="screen">
        <section className="card">
          <ChoiceChips<Language>
            legend={t('settings.language')}
            name="language"
            options={[
              { value: 'id', label: 'Bahasa Indonesia' },
              { value: 'en', label: 'English' },
            ]}
            value={language}
            onChange={(l) => void setLanguage(l)}
          />
        </section>
        <LockSettingsCard />
        <LazyNudgeSettingsCard />
        <section className="card" aria-labelledby="books-h">
          <h2 id="books-h">{t('settings.books')}</h2>
          <ul className="manage-list">
            {books?.map((b) => (
              <li key={b.id}>
                <span className="manage-name">
                  {b.name}
                  {b.id === book.id && <span className="badge">{t('book.current')}</span>}
                </span>
                {b.id !== book.id && (
                  <button type="button" className="btn btn-small" onClick={() => void switchBook(b.id)}>
                    {t('book.switch')}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <a className="btn btn-wide" href={routes.newBook}>
            + {t('book.add')}
          </a>
        </section>
        <a className="btn btn-wide data-link" href={routes.data}>
          {t('settings.data')}
        </a>
        <SyncCard />
        <LazyStatementSettingsCard />
        <LazyStockLinks />
        <section className="card" aria-labelledby="book-h">
          <h2 id="book-h">{t('book.edit.title')}</h2>
          <BookForm
            key={book.id}
            initial={bookDetails(book)}
            submitLabel={t('book.edit.submit')}
            onSubmit={async (next) => {
              const saved = await updateBook(db, book.id, next);
              if (!saved.ok) return saved.errors.map(problem).join(' ');
              toast.show(t('book.saved'));
              return null;
            }}
          />
        </section>
        <p className="help">{t('settings.version', { version: __APP_VERSION__ })}</p>
      </main>
    </>
  );
}
