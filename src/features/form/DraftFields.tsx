import { inputMaxLength, NOTE_MAX_LENGTH } from '../../domain/limits';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/id';
import { TextField } from '../../ui/TextField';

/** What a draft's field shows and reports: its text, its change and the message of its problem. */
interface DraftFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: MessageKey | undefined;
}

/** The business date of an entry or transfer. */
export function DateField({ value, onChange, error }: DraftFieldProps) {
  const { t } = useI18n();
  return (
    <TextField
      label={t('entry.date')}
      type="date"
      value={value}
      required
      onChange={(e) => onChange(e.target.value)}
      error={error && t(error)}
    />
  );
}

/** The note of an entry or transfer, held to the one note limit. */
export function NoteField({ value, onChange, error }: DraftFieldProps) {
  const { t } = useI18n();
  return (
    <TextField
      label={t('entry.note')}
      value={value}
      maxLength={inputMaxLength(NOTE_MAX_LENGTH)}
      onChange={(e) => onChange(e.target.value)}
      error={error && t(error, { max: NOTE_MAX_LENGTH })}
    />
  );
}
