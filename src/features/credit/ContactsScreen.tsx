import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { contactMatches, contactSearch } from '../../domain/credit/contact-search';
import { creditOverview } from '../../storage';
import { useI18n } from '../../i18n/I18nProvider';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { TextField } from '../../ui/TextField';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { StandingFigures } from './StandingFigures';
import './credit.css';

/** Customers and suppliers, most overdue first, then most owed, with a search by name or WhatsApp number; hidden ones on a list of their own. */
export function ContactsScreen() {
  const { db, book, today } = useSession();
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [hiddenList, setHiddenList] = useState(false);
  const overview = useLiveQuery(() => creditOverview(db, book.id, today), [db, book.id, today]);
  const wanted = contactSearch(search);
  const listed = overview?.contacts.filter((s) => s.contact.hidden === hiddenList) ?? [];
  const hiddenCount = overview?.contacts.filter((s) => s.contact.hidden).length ?? 0;
  const shown = listed.filter((s) => contactMatches(s.contact, wanted));
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
        {hiddenList && <h2>{t('credit.contacts.hiddenTitle')}</h2>}
        {overview && listed.length === 0 && <p className="help">{t('credit.contacts.none')}</p>}
        {listed.length > 0 && shown.length === 0 && <p className="help">{t('credit.contacts.noMatch')}</p>}
        <ul className="contact-list">
          {shown.map((s) => (
            <li key={s.contact.id}>
              <a href={routes.contact(s.contact.id)}>
                <span className="contact-name">{s.contact.name}</span>
                <StandingFigures receivable={s.receivable} payable={s.payable} />
              </a>
            </li>
          ))}
        </ul>
        {(hiddenCount > 0 || hiddenList) && (
          <button type="button" className="btn btn-wide" onClick={() => setHiddenList((h) => !h)}>
            {hiddenList
              ? t('credit.contacts.hideHidden')
              : t('credit.contacts.showHidden', { count: hiddenCount })}
          </button>
        )}
      </main>
    </>
  );
}
