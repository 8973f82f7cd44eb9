import { useI18n } from '../../i18n/I18nProvider';
import { HandoverCard } from '../handover/HandoverCard';
import { routes } from '../routes';
import { useDeviceKey } from './use-device-key';

/** Settings: the loan statement, the officer's check, this phone's Kode perangkat to register, and moving phones. */
export function StatementSettingsCard() {
  const { t } = useI18n();
  const key = useDeviceKey();
  return (
    <>
      <section className="card" aria-labelledby="loan-h">
        <h2 id="loan-h">{t('nav.statement')}</h2>
        <a className="link" href={routes.statement}>
          {t('statement.link')}
        </a>
        <br />
        <a className="link" href={routes.verify}>
          {t('statement.verifyLink')}
        </a>
        <h3>{t('statement.deviceKey.title')}</h3>
        <p className="fingerprint" data-testid="device-fingerprint">
          {key ? key.fingerprint : t('app.loading')}
        </p>
        <p className="help">{t('statement.deviceKey.help')}</p>
        {key && !key.persisted && <p className="warning">{t('statement.deviceKey.sessionOnly')}</p>}
      </section>
      {key?.persisted && <HandoverCard deviceKey={key} />}
    </>
  );
}
