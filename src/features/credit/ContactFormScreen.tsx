import { useLiveQuery } from 'dexie-react-hooks';
import { addContact, editContact, getContact } from '../../storage';
import { useI18n } from '../../i18n/I18nProvider';
import { MissingRecord } from '../../ui/MissingRecord';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { ContactForm } from './ContactForm';
import './credit.css';

/** Adds a contact, or (given its id) renames it or changes its role or number. */
export function ContactFormScreen({ id }: { id?: string | undefined }) {
  const { db, book } = useSession();
  const { t } = useI18n();
  const contact = useLiveQuery(
    async () => (id === undefined ? null : ((await getContact(db, book.id, id)) ?? false)),
    [db, book.id, id],
  );
  const title = t(id === undefined ? 'credit.form.addTitle' : 'credit.form.editTitle');
  const header = (
    <ScreenHeader
      title={title}
      backHref={id === undefined ? routes.contacts : routes.contact(id)}
      backLabel={t('nav.back')}
    />
  );
  if (contact === undefined) return header;
  if (contact === false) return <MissingRecord header={header} message={t('error.contact.notFound')} />;
  return (
    <>
      {header}
      <main className="screen">
        <ContactForm
          {...(contact ? { initial: contact } : {})}
          onSave={async (input) => {
            const saved = contact
              ? await editContact(db, contact.id, input)
              : await addContact(db, book.id, input);
            if (!saved.ok) return saved.errors;
            window.location.hash = routes.contact(saved.value.id);
            return [];
          }}
        />
      </main>
    </>
  );
}
