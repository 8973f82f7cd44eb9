import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { DeviceKey } from '../../storage/lazy';
import { NewPhonePanel } from './NewPhonePanel';
import { OldPhonePanel } from './OldPhonePanel';
import './handover.css';

/**
 * Settings: moving to a new phone. The signing key never leaves a phone (a backup does not hold
 * it), so the old phone signs a handover to the new phone's key, and the new phone keeps it.
 */
export function HandoverCard({ deviceKey }: { deviceKey: DeviceKey }) {
  const { t, date } = useI18n();
  const [key, setKey] = useState(deviceKey);
  const origin = key.signer.handovers?.[0];
  return (
    <section className="card handover" aria-labelledby="handover-h">
      <h2 id="handover-h">{t('handover.title')}</h2>
      <p className="help">{t('handover.intro')}</p>
      {origin && (
        <p className="reason-ok" data-testid="handover-kept">
          {t('handover.keptFrom', { date: date(origin.at.slice(0, 10)) })}
        </p>
      )}
      <details className="more">
        <summary>{t('handover.new.title')}</summary>
        <NewPhonePanel deviceKey={key} onKept={setKey} />
      </details>
      <details className="more">
        <summary>{t('handover.old.title')}</summary>
        <OldPhonePanel deviceKey={key} />
      </details>
      <h3>{t('handover.lost.title')}</h3>
      <p>{t('handover.lost.text', { code: key.fingerprint })}</p>
    </section>
  );
}
