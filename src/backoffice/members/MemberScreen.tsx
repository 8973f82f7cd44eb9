import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { api } from '../api';
import { enrolHref, memberHref, memberStatementsHref } from '../route';
import { useErrorText } from '../use-error-text';
import { DeviceList, type MemberDevice } from './DeviceList';
import { OfficeError } from '../OfficeError';
import { OfficeSection } from '../OfficeSection';
import { MemberNumberField } from './MemberNumberField';

/** A member as the server shows them to their branch. */
interface Member {
  memberNumber: string;
  name: string;
  branch: string;
  devices: MemberDevice[];
}

/** Finding a member by number, and their page: devices (revoke a lost one), a new phone, their statements. */
export function MemberScreen({ member }: { member: string }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [typed, setTyped] = useState(member);
  const [found, setFound] = useState<Member | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => {
    if (!member) return;
    api<Member>('GET', `/members/${encodeURIComponent(member)}`).then(
      (value) => {
        setFound(value);
        setError(null);
      },
      (refused: unknown) => setError(errorText(refused)),
    );
  };
  // Loaded once per member (the screen is keyed by it); revoking reloads by hand.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(load, [member]);
  const find = (event: FormEvent) => {
    event.preventDefault();
    window.location.hash = memberHref(typed.trim());
  };
  return (
    <OfficeSection id="member" title={t('office.member.title')}>
      <form className="office-filters" onSubmit={find}>
        <MemberNumberField value={typed} onChange={setTyped} />
        <button type="submit" className="btn" disabled={!typed.trim()}>
          {t('office.member.find')}
        </button>
      </form>
      <OfficeError text={error} />
      {found && (
        <>
          <h2 data-testid="member-heading">
            {t('office.member.heading', {
              name: found.name,
              number: found.memberNumber,
              branch: found.branch,
            })}
          </h2>
          <DeviceList member={found.memberNumber} devices={found.devices} onChanged={load} />
          <p className="office-actions">
            <a className="btn btn-primary" href={enrolHref(found.memberNumber, found.name)}>
              {t('office.member.enrolNew')}
            </a>
            <a className="btn" href={memberStatementsHref(found.memberNumber)}>
              {t('office.member.statements')}
            </a>
          </p>
        </>
      )}
    </OfficeSection>
  );
}
