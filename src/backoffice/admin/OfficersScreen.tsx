import { useI18n } from '../../i18n/I18nProvider';
import { OfficeSection } from '../OfficeSection';
import { AdminNotice } from './AdminNotice';
import { useAdminList } from './use-admin-list';
import { NewOfficerForm } from './NewOfficerForm';
import { OfficerRow, type OfficerListing } from './OfficerRow';

/** The admin's list of officers: add one, and for each change the role, disable, or set a new password. */
export function OfficersScreen() {
  const { t } = useI18n();
  const { items: officers, message, change } = useAdminList<OfficerListing>('/officers');
  return (
    <OfficeSection id="officers" title={t('office.officers.title')}>
      <NewOfficerForm change={change} />
      <AdminNotice message={message} testId="officers-message" />
      <ul className="office-plain-list" data-testid="officers">
        {officers?.map((officer) => (
          <OfficerRow key={officer.username} officer={officer} change={change} />
        ))}
      </ul>
    </OfficeSection>
  );
}
