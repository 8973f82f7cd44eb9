import { useState } from 'react';
import { inputMaxLength, REASON_MAX_LENGTH } from '../../domain/limits';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/TextField';

/** Asks why before voiding; a void keeps the record, counting nowhere. */
export function VoidForm({ onVoid }: { onVoid: (reason: string) => Promise<string | null> }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!open)
    return (
      <button type="button" className="btn btn-danger btn-wide" onClick={() => setOpen(true)}>
        {t('detail.void')}
      </button>
    );
  const confirm = async () => {
    if (!reason.trim()) {
      setError(t('book.required'));
      return;
    }
    setError(await onVoid(reason.trim()));
  };
  return (
    <section className="sub-form" aria-label={t('detail.void')}>
      <TextField
        label={t('detail.void.reason')}
        value={reason}
        maxLength={inputMaxLength(REASON_MAX_LENGTH)}
        autoFocus
        onChange={(e) => setReason(e.target.value)}
        error={error ?? undefined}
      />
      <div className="row-actions">
        <button type="button" className="btn" onClick={() => setOpen(false)}>
          {t('detail.void.cancel')}
        </button>
        <button type="button" className="btn btn-danger" onClick={() => void confirm()}>
          {t('detail.void.confirm')}
        </button>
      </div>
    </section>
  );
}
