import { useEffect, useState } from 'react';
import {
  fingerprintOf,
  handoverText,
  readDeviceKeyText,
  signHandover,
  type PublicJwk,
} from '../../domain/statement';
import { useI18n } from '../../i18n/I18nProvider';
import type { DeviceKey } from '../../storage/lazy';
import { CodeInput } from './CodeInput';
import { CodeToShow } from './QrImage';

/** The new phone's key read from its code, with its device code for the member to compare. */
type Target = { key: PublicJwk; fingerprint: string } | 'none' | 'invalid';

/** On the old phone: read the new phone's code, confirm its device code, and sign the handover. */
export function OldPhonePanel({ deviceKey }: { deviceKey: DeviceKey }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [read, setRead] = useState<{ code: string; target: Target }>({ code: '', target: 'none' });
  // What was read of the code now in the box (a code still being read shows nothing yet).
  const target: Target = read.code === code ? read.target : 'none';
  const [signed, setSigned] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    void readDeviceKeyText(code).then(async (key) => {
      const next: Target = key
        ? { key, fingerprint: await fingerprintOf(key) }
        : code.trim()
          ? 'invalid'
          : 'none';
      if (live) setRead({ code, target: next });
    });
    return () => {
      live = false;
    };
  }, [code]);
  const sign = async () => {
    if (typeof target !== 'object') return;
    const chain = await signHandover(deviceKey.signer, target.key, new Date());
    setFailed(chain === null);
    setSigned(chain && handoverText(chain));
  };
  return (
    <div className="handover-step">
      <p>{t('handover.old.step1')}</p>
      <CodeInput
        label={t('handover.old.keyCode')}
        photoLabel={t('handover.photo')}
        value={code}
        onChange={(value) => (setCode(value), setSigned(null), setFailed(false))}
      />
      {target === 'invalid' && (
        <p className="form-error" role="alert">
          {t('handover.old.unreadable')}
        </p>
      )}
      {typeof target === 'object' && !signed && (
        <>
          <p>
            {t('handover.old.confirm')}{' '}
            <strong className="mono" data-testid="handover-target">
              {target.fingerprint}
            </strong>
          </p>
          <button type="button" className="btn btn-wide btn-primary" onClick={() => void sign()}>
            {t('handover.old.sign')}
          </button>
        </>
      )}
      {failed && (
        <p className="form-error" role="alert">
          {t('handover.old.refused')}
        </p>
      )}
      {signed && (
        <>
          <p role="status">{t('handover.old.signed')}</p>
          <CodeToShow text={signed} label={t('handover.old.handoverCode')} copyLabel={t('handover.copy')} />
        </>
      )}
    </div>
  );
}
