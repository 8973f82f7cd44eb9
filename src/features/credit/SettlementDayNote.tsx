import { inputMaxLength, NOTE_MAX_LENGTH } from '../../domain/limits';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/TextField';

/** A collection or payment's day and note, as recorded and as corrected. */
export function SettlementDayNote(props: {
  date: string;
  note: string;
  onDate: (date: string) => void;
  onNote: (note: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t('credit.settle.date')}
        type="date"
        value={props.date}
        required
        onChange={(e) => props.onDate(e.target.value)}
      />
      <TextField
        label={t('credit.settle.note')}
        value={props.note}
        maxLength={inputMaxLength(NOTE_MAX_LENGTH)}
        onChange={(e) => props.onNote(e.target.value)}
      />
    </>
  );
}
