import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/TextField';
import { QrScanner } from '../qr-scan/QrScanner';
import { CodeField } from './CodeField';
import { parseEnrolmentQr, parseServerOrigin } from './server-client';

/** The server address and enrolment code, typed or read from the branch's QR code. */
export interface ServerInput {
  origin: string;
  code: string;
}

/**
 * The form part shared by starting a sync and restoring: the server's address and the officer's
 * one-time code, or both at once from the QR code the branch shows. Submits only a usable pair.
 */
export function ServerFields({
  submitLabel,
  busyLabel,
  onSubmit,
}: {
  submitLabel: string;
  busyLabel: string;
  onSubmit: (input: ServerInput) => Promise<string | null>;
}) {
  const { t } = useI18n();
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const origin = parseServerOrigin(address);
        if (origin === null) return setError(t('sync.addressInvalid'));
        if (code.trim() === '') return setError(t('sync.codeRequired'));
        setBusy(true);
        setError(null);
        void onSubmit({ origin, code: code.trim() }).then((problem) => {
          setBusy(false);
          setError(problem);
        });
      }}
    >
      <QrScanner
        photoLabel={t('sync.scan')}
        onText={(text) => {
          const read = parseEnrolmentQr(text);
          if (!read) return setError(t('sync.qrUnreadable'));
          setAddress(read.origin);
          setCode(read.code);
          setError(null);
        }}
      />
      <TextField
        label={t('sync.address')}
        inputMode="url"
        autoComplete="off"
        value={address}
        onChange={(event) => setAddress(event.target.value)}
      />
      <CodeField label={t('sync.code')} value={code} onChange={setCode} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? busyLabel : submitLabel}
      </button>
    </form>
  );
}
