import { useLiveQuery } from 'dexie-react-hooks';
import { contactPage } from '../../storage';
import { useI18n } from '../../i18n/I18nProvider';
import { MissingRecord } from '../../ui/MissingRecord';
import { Money } from '../../ui/Money';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { ContactActions } from './ContactActions';
import { ContactHistory } from './ContactHistory';
import { HideContact } from './HideContact';
import { OutstandingList } from './OutstandingList';
import './credit.css';

/** One contact: what they owe and are owed, the items still owed by age, and every record with them. */
export function ContactScreen({ id }: { id: string }) {
  const { db, book, today } = useSession();
  const { t } = useI18n();
  const page = useLiveQuery(
    async () => (await contactPage(db, book.id, id, today)) ?? null,
    [db, book.id, id, today],
  );
  const header = (name: string) => (
    <ScreenHeader
      title={name}
      backHref={routes.contacts}
      backLabel={t('nav.back')}
      action={
        page ? (
          <a className="btn btn-small" href={routes.editContact(id)}>
            {t('credit.page.edit')}
          </a>
        ) : undefined
      }
    />
  );
  if (page === undefined) return header(t('credit.contacts.title'));
  if (page === null)
    return (
      <MissingRecord header={header(t('credit.contacts.title'))} message={t('error.contact.notFound')} />
    );
  const name = page.contact.name;
  return (
    <>
      {header(name)}
      <main className="screen">
        <section className="card" aria-label={t('credit.contacts.title')}>
          <dl className="figures">
            <div className="wide">
              <dt>{t('credit.page.receivable', { name })}</dt>
              <dd data-testid="contact-receivable">
                <Money value={page.receivable.total} />
              </dd>
            </div>
            <div className="wide">
              <dt>{t('credit.page.payable', { name })}</dt>
              <dd data-testid="contact-payable">
                <Money value={page.payable.total} />
              </dd>
            </div>
            {page.receivable.overdue + page.payable.overdue > 0 && (
              <div className="wide">
                <dt>{t('credit.page.overdue')}</dt>
                <dd className="overdue" data-testid="contact-overdue">
                  <Money value={page.receivable.overdue + page.payable.overdue} />
                </dd>
              </div>
            )}
          </dl>
          <ContactActions page={page} />
        </section>
        <OutstandingList items={page.outstanding} today={today} />
        <ContactHistory records={page.records} />
        <HideContact contact={page.contact} />
      </main>
    </>
  );
}
