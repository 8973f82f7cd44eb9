import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { api } from '../api';
import { useErrorText } from '../use-error-text';
import { NewOfficerForm } from './NewOfficerForm';
import { OfficerRow, type OfficerListing } from './OfficerRow';

/** The admin's list of officers: add one, and for each change the role, disable, or set a new password. */
export function OfficersScreen() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [officers, setOfficers] = useState<OfficerListing[] | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const load = () => {
    api<{ items: OfficerListing[] }>('GET', '/officers').then(
      (answer) => setOfficers(answer.items),
      (refused: unknown) => setMessage({ text: errorText(refused), error: true }),
    );
  };
  // Loaded once; every change reloads.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(load, []);
  const done = (text: string) => {
    setMessage({ text, error: false });
    load();
  };
  const failed = (refused: unknown) => setMessage({ text: errorText(refused), error: true });
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
