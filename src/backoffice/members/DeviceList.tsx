import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { api } from '../api';
import { useErrorText } from '../use-error-text';
import { OfficeError } from '../OfficeError';

/** One of a member's devices as the server lists it. */
export interface MemberDevice {
  fingerprint: string;
  enrolledAt: string;
  revokedAt?: string;
  lastSeenAt?: string;
}

/** A member's devices: when each was enrolled, last seen or revoked, and revoking one that is lost. */
export function DeviceList(props: {
  member: string;
  devices: readonly MemberDevice[];
  onChanged: () => void;
}) {
  const { t, instant } = useI18n();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const revoke = async (fingerprint: string) => {
    if (!window.confirm(t('office.member.revokeConfirm', { fingerprint }))) return;
    try {
      const path = `/members/${encodeURIComponent(props.member)}/devices/${encodeURIComponent(fingerprint)}/revoke`;
      await api('POST', path);
      props.onChanged();
    } catch (refused) {
      setError(errorText(refused));
    }
  };
  return (
    <section className="card" aria-labelledby="devices-h">
      <h2 id="devices-h">{t('office.member.devices')}</h2>
      {props.devices.length === 0 && <p>{t('office.member.noDevices')}</p>}
      <ul className="office-plain-list" data-testid="devices">
        {props.devices.map((device) => (
          <li key={device.fingerprint} className={device.revokedAt ? 'office-revoked' : ''}>
            <p className="mono">{t('office.member.device', { fingerprint: device.fingerprint })}</p>
            <p>{t('office.member.enrolledAt', { when: instant(device.enrolledAt, zone) })}</p>
            {device.lastSeenAt && (
              <p>{t('office.member.lastSeen', { when: instant(device.lastSeenAt, zone) })}</p>
            )}
            {device.revokedAt ? (
              <p>{t('office.member.revokedAt', { when: instant(device.revokedAt, zone) })}</p>
            ) : (
              <button
                type="button"
                className="btn btn-danger btn-small"
                onClick={() => void revoke(device.fingerprint)}
              >
                {t('office.member.revoke', { fingerprint: device.fingerprint })}
              </button>
            )}
          </li>
        ))}
      </ul>
      <OfficeError text={error} />
    </section>
  );
}
