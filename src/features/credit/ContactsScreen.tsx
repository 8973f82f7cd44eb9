import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { nameKey } from '../../domain/text';
import { creditOverview } from '../../storage';
import { useI18n } from '../../i18n/I18nProvider';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { TextField } from '../../ui/TextField';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { StandingFigures } from './StandingFigures';
import './credit.css';

/** Customers and suppliers, most overdue first, then most owed, with a search by name. */
export function ContactsScreen() {
  const { db, book, today } = useSession();
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const overview = useLiveQuery(() => creditOverview(db, book.id, today), [db, book.id, today]);
  const wanted = nameKey(search);
  const shown = overview?.contacts.filter((s) => nameKey(s.contact.name).includes(wanted)) ?? [];
  return (
    <>
      <ScreenHeader title={t('credit.contacts.title')} backHref={routes.home} backLabel={t('nav.back')} />
      <main className="screen" aria-busy={overview ? undefined : true}>
        <a className="btn btn-wide" href={routes.newContact}>
          + {t('credit.contacts.add')}
        </a>
        <TextField
          label={t('credit.contacts.search')}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        {overview && overview.contacts.length === 0 && <p className="help">{t('credit.contacts.none')}</p>}
        {overview && overview.contacts.length > 0 && shown.length === 0 && (
          <p className="help">{t('credit.contacts.noMatch')}</p>
        )}
        <ul className="contact-list">
          {shown.map((s) => (
            <li key={s.contact.id}>
              <a href={routes.contact(s.contact.id)}>
                <span className="contact-name">
                  {s.contact.name}
                  {s.contact.hidden && <span className="muted"> · {t('credit.contacts.hidden')}</span>}
                </span>
                <StandingFigures receivable={s.receivable} payable={s.payable} />
              </a>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
