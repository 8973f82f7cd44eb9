import { useState } from 'react';
import { deviceKeyText, readHandoverText } from '../../domain/statement';
import { useI18n } from '../../i18n/I18nProvider';
import { defaultKeyring, keepHandover, type DeviceKey } from '../../storage/lazy';
import { CodeInput } from './CodeInput';
import { CodeToShow } from './QrImage';

/** On the new phone: show this phone's key to the old phone, then keep the handover it signs. */
export function NewPhonePanel({
  deviceKey,
  onKept,
}: {
  deviceKey: DeviceKey;
  onKept: (key: DeviceKey) => void;
}) {
  const { t, problem } = useI18n();
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const keep = async () => {
    const chain = readHandoverText(code);
    if (!chain) return setMessage({ text: t('handover.new.unreadable'), error: true });
    const kept = await keepHandover(defaultKeyring(), chain);
    if (!kept.ok) return setMessage({ text: kept.errors.map(problem).join(' '), error: true });
    setCode('');
    setMessage({ text: t('handover.new.kept'), error: false });
    onKept(kept.value);
  };
  return (
    <div className="handover-step">
      <p>{t('handover.new.step1')}</p>
      <CodeToShow
        text={deviceKeyText(deviceKey.signer.publicKey)}
        label={t('handover.new.keyCode')}
        copyLabel={t('handover.copy')}
      />
      <p>{t('handover.new.step2')}</p>
      <CodeInput
        label={t('handover.new.handoverCode')}
        photoLabel={t('handover.photo')}
        value={code}
        onChange={(value) => (setCode(value), setMessage(null))}
      />
      <button
        type="button"
        className="btn btn-wide btn-primary"
        disabled={code.trim() === ''}
        onClick={() => void keep()}
      >
        {t('handover.new.keep')}
      </button>
      {message && (
        <p className={message.error ? 'form-error' : 'help'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
