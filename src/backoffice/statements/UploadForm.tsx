import { useId, useState } from 'react';
import { StatementFileButton } from '../../features/verify/StatementFileButton';
import { useI18n } from '../../i18n/I18nProvider';
import { api } from '../api';
import { statementHref } from '../route';
import { useErrorText } from '../use-error-text';

/** A file's type as the server reads it: a PDF by its name or type, JSON otherwise. */
const typeOf = (file: File) =>
  file.type === 'application/pdf' || /\.pdf$/i.test(file.name) ? 'application/pdf' : 'application/json';

/** Uploading a statement file a member sent by WhatsApp (PDF or JSON); the server checks and files it. */
export function UploadForm({ onUploaded }: { onUploaded: () => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const headingId = useId();
  const [status, setStatus] = useState<{ text: string; error: boolean; id?: string } | null>(null);
  const upload = async (file: File) => {
    setStatus({ text: t('office.upload.sending', { name: file.name }), error: false });
    try {
      const filed = await api<{ id: string; verdict: 'genuine' | 'altered' }>('POST', '/statements/uploads', {
        file,
        type: typeOf(file),
      });
      const verdict = t(`verify.verdict.${filed.verdict}`);
      setStatus({ text: t('office.upload.done', { name: file.name, verdict }), error: false, id: filed.id });
      onUploaded();
    } catch (refused) {
      setStatus({ text: errorText(refused), error: true });
    }
  };
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('office.upload.title')}</h2>
      <p className="help">{t('office.upload.intro')}</p>
      <StatementFileButton
        label={t('office.upload.choose')}
        className="btn btn-primary office-file"
        onFile={(file) => void upload(file)}
      />
      <div aria-live="polite">
        {status && (
          <p className={status.error ? 'office-error' : ''} data-testid="upload-status">
            {status.id ? <a href={statementHref(status.id)}>{status.text}</a> : status.text}
          </p>
        )}
      </div>
    </section>
  );
}
