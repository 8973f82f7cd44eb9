import { useState, type FormEvent } from 'react';
import type { Settlement } from '../../domain/credit/records';
import { formatRupiah, parseRupiah } from '../../domain/money';
import { useI18n } from '../../i18n/I18nProvider';
import { editSettlement } from '../../storage';
import { AmountInput } from '../../ui/AmountInput';
import { useToast } from '../../ui/Toast';
import { FormEnd } from '../form/FormEnd';
import { useProblemText } from '../form/use-problem-text';
import { useSave } from '../form/use-save';
import { useSession } from '../session/SessionContext';
import { SettlementDayNote } from './SettlementDayNote';

/**
 * Corrects a collection or payment's amount, date or note, with a reason kept in its history;
 * refused in words when the contact would then have paid more than they owed on some day.
 */
export function SettlementEditForm({ settlement, onDone }: { settlement: Settlement; onDone: () => void }) {
  const { db } = useSession();
  const { t, problem } = useI18n();
  const refusal = useProblemText();
  const toast = useToast();
  const [digits, setDigits] = useState(String(settlement.amount));
  const [date, setDate] = useState(settlement.date);
  const [note, setNote] = useState(settlement.note);
  const [reason, setReason] = useState('');
  const [amountError, setAmountError] = useState<string | undefined>();
  const { saving, saveError, save } = useSave(async (fields: Settlement, why: string) => {
    const saved = await editSettlement(db, settlement.id, fields, why);
    if (!saved.ok) return saved.errors.map(refusal).join(' ');
    toast.show(t('credit.settle.saved', { amount: formatRupiah(fields.amount) }));
    onDone();
    return null;
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const amount = parseRupiah(digits);
    setAmountError(amount.ok ? undefined : amount.errors.map(problem).join(' '));
    if (amount.ok) await save({ ...settlement, amount: amount.value, date, note: note.trim() }, reason);
  };
  return (
    <form
      className="sub-form stack"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-label={t('detail.edit')}
    >
      <AmountInput
        label={t('credit.settle.amount')}
        digits={digits}
        onChange={setDigits}
        error={amountError}
      />
      <SettlementDayNote date={date} note={note} onDate={setDate} onNote={setNote} />
      <FormEnd
        askReason
        reason={reason}
        onReason={setReason}
        saveError={saveError}
        saving={saving}
        submitLabel={t('credit.settlement.saveEdit')}
        buttonClass="btn-primary"
      />
    </form>
  );
}
