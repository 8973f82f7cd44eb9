import { REGISTERED_NAME_MAX_LENGTH } from '../../domain/limits';
import { useState } from 'react';
import { enrolmentLink } from '../../domain/sync/enrolment-link';
import { QrImage } from '../../features/handover/QrImage';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/TextField';
import { api } from '../api';
import { memberHref } from '../route';
import { OfficeError } from '../OfficeError';
import { OfficeSection } from '../OfficeSection';
import { useOfficeSubmit } from '../use-office-submit';
import { MemberNumberField } from './MemberNumberField';

/** A code the server issued, for the member named. */
interface Issued {
  code: string;
  expiresAt: string;
  memberNumber: string;
}

/** Enrolling a member's phone: number and name → a one-time code and its QR (this server's address + code). */
export function EnrolScreen(props: { member: string; name: string }) {
  const { t, instant } = useI18n();
  const [memberNumber, setMemberNumber] = useState(props.member);
  const [memberName, setMemberName] = useState(props.name);
  const [issued, setIssued] = useState<Issued | null>(null);
  const form = useOfficeSubmit(async () => {
    const answer = await api<{ code: string; expiresAt: string }>('POST', '/enrolments', {
      json: { memberNumber, memberName },
    });
    setIssued({ ...answer, memberNumber });
  });
  if (issued) {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return (
      <OfficeSection id="enrol" title={t('office.enrol.title')}>
        <p>
          <a href={memberHref(issued.memberNumber)}>{issued.memberNumber}</a>
        </p>
        <p className="office-code-label">{t('office.enrol.code')}</p>
        <p className="office-code" data-testid="enrolment-code">
          {issued.code}
        </p>
        <p>{t('office.enrol.expires', { when: instant(issued.expiresAt, zone) })}</p>
        <QrImage
          text={enrolmentLink({ server: window.location.origin, code: issued.code })}
          label={t('office.enrol.qr')}
        />
        <button type="button" className="btn btn-wide" onClick={() => setIssued(null)}>
          {t('office.enrol.again')}
        </button>
      </OfficeSection>
    );
  }
  return (
    <OfficeSection id="enrol" title={t('office.enrol.title')}>
      <p>{t('office.enrol.intro')}</p>
      <form onSubmit={form.submit} noValidate>
        <MemberNumberField value={memberNumber} onChange={setMemberNumber} />
        <TextField
          label={t('office.enrol.name')}
          value={memberName}
          maxLength={REGISTERED_NAME_MAX_LENGTH}
          autoComplete="off"
          onChange={(event) => setMemberName(event.target.value)}
        />
        <OfficeError text={form.error} />
        <button
          type="submit"
          className="btn btn-primary btn-wide"
          disabled={form.busy || !memberNumber.trim() || !memberName.trim()}
        >
          {t('office.enrol.submit')}
        </button>
      </form>
    </OfficeSection>
  );
}
