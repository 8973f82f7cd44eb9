import { useI18n } from '../../i18n/I18nProvider';
import { useAdminList } from './use-admin-list';
import { NewOfficerForm } from './NewOfficerForm';
import { OfficerRow, type OfficerListing } from './OfficerRow';

/** The admin's list of officers: add one, and for each change the role, disable, or set a new password. */
export function OfficersScreen() {
  const { t } = useI18n();
  const { items: officers, message, done, failed } = useAdminList<OfficerListing>('/officers');
  return (
    <section aria-labelledby="officers-h">
      <h1 id="officers-h" tabIndex={-1}>
        {t('office.officers.title')}
      </h1>
      <NewOfficerForm onAdded={done} onFailed={failed} />
      <div aria-live="polite">
        {message && (
          <p className={message.error ? 'office-error' : 'office-notice'} data-testid="officers-message">
            {message.text}
          </p>
        )}
      </div>
      <ul className="office-plain-list" data-testid="officers">
        {officers?.map((officer) => (
          <OfficerRow key={officer.username} officer={officer} onChanged={done} onFailed={failed} />
        ))}
      </ul>
    </section>
  );
}
