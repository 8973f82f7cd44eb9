import { useState, type FormEvent } from 'react';
import type { StockCountFields } from '../../domain/credit/records';
import { inputMaxLength, NOTE_MAX_LENGTH } from '../../domain/limits';
import { useI18n } from '../../i18n/I18nProvider';
import { AmountInput } from '../../ui/AmountInput';
import { TextField } from '../../ui/TextField';
import { FormEnd } from '../form/FormEnd';
import { useSave } from '../form/use-save';
import { countFields, type CountDraft } from './count-draft';

/**
 * The value of the goods on hand at the end of a day, at what they cost. Used to record a count,
 * the opening stock, and to correct either (then with a reason).
 */
export function StockCountForm(props: {
  initial: CountDraft;
  opening: boolean;
  askReason?: boolean;
  submitLabel: string;
  /** Saves the fields; answers the member's message when refused, or null. */
  onSubmit: (fields: StockCountFields, reason: string) => Promise<string | null>;
  /** Called after a save, to clear the form or leave the screen. */
  onSaved?: () => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(props.initial);
  const [reason, setReason] = useState('');
  const [gap, setGap] = useState<'date' | 'value' | null>(null);
  const { saving, saveError, save } = useSave(props.onSubmit);
  const change = (next: Partial<CountDraft>) => setDraft((d) => ({ ...d, ...next }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const made = countFields(draft, props.opening);
    if (!made.ok) return setGap(made.gap);
    setGap(null);
    if (await save(made.fields, reason)) {
      setDraft(props.initial);
      setReason('');
      props.onSaved?.();
    }
  };
  return (
    <form className="stock-form" noValidate onSubmit={(e) => void submit(e)}>
      <TextField
        label={props.opening ? t('stock.openingDate') : t('stock.date')}
        type="date"
        value={draft.date}
        onChange={(e) => change({ date: e.target.value })}
        error={gap === 'date' ? t('stock.dateRequired') : undefined}
      />
      <AmountInput
        label={t('stock.value')}
        digits={draft.digits}
        onChange={(digits) => change({ digits })}
        error={gap === 'value' ? t('stock.valueRequired') : undefined}
      />
      <p className="field-hint">{t('stock.valueHint')}</p>
      <TextField
        label={t('stock.note')}
        value={draft.note}
        maxLength={inputMaxLength(NOTE_MAX_LENGTH)}
        onChange={(e) => change({ note: e.target.value })}
      />
      <FormEnd
        askReason={props.askReason}
        reason={reason}
        onReason={setReason}
        saveError={saveError}
        saving={saving}
        submitLabel={props.submitLabel}
        buttonClass="btn-primary"
      />
    </form>
  );
}
