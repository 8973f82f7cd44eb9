import type { Contact } from '../../domain/credit/records';
import { useI18n } from '../../i18n/I18nProvider';
import { hideContact } from '../../storage';
import { useToast } from '../../ui/Toast';
import { useSession } from '../session/SessionContext';

/** Hides a contact from the lists and pickers, or shows it again; its history and figures stay. */
export function HideContact({ contact }: { contact: Contact }) {
  const { db } = useSession();
  const { t, problem } = useI18n();
  const toast = useToast();
  const toggle = async () => {
    const done = await hideContact(db, contact.id, !contact.hidden);
    if (!done.ok) return toast.show(done.errors.map(problem).join(' '), 'error');
    toast.show(t(contact.hidden ? 'credit.contact.shownDone' : 'credit.contact.hiddenDone'));
  };
  return (
    <div className="hide-contact">
      {contact.hidden && <p className="help">{t('credit.contact.hiddenHelp')}</p>}
      <button type="button" className="btn btn-wide" onClick={() => void toggle()}>
        {t(contact.hidden ? 'credit.contact.show' : 'credit.contact.hide')}
      </button>
    </div>
  );
}
