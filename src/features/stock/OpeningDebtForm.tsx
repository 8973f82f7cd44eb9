import { useId, useState, type FormEvent } from 'react';
import type { Contact, CreditSide, OpeningItemFields } from '../../domain/credit/records';
import { isBusinessDate, type BusinessDate } from '../../domain/dates';
import { inputMaxLength, NAME_MAX_LENGTH } from '../../domain/limits';
import { useI18n } from '../../i18n/I18nProvider';
import { AmountInput } from '../../ui/AmountInput';
import { TextField } from '../../ui/TextField';
import { FormEnd } from '../form/FormEnd';
import { useSave } from '../form/use-save';

/** The fields of an opening item before its contact is found or added: the contact by name. */
export type OpeningDebtDraft = Omit<OpeningItemFields, 'contactId'> & { contactName: string };

type Gap = 'name' | 'amount' | 'date' | null;

/** One opening receivable or payable: who (picked from the book's contacts or new), how much, due when. */
export function OpeningDebtForm(props: {
  side: CreditSide;
  startDate: BusinessDate;
  contacts: readonly Contact[];
  onSubmit: (draft: OpeningDebtDraft) => Promise<string | null>;
}) {
  const { t } = useI18n();
  const listId = useId();
  const blank = { name: '', digits: '', dueDate: '', date: props.startDate };
  const [draft, setDraft] = useState(blank);
  const [gap, setGap] = useState<Gap>(null);
  const { saving, saveError, save } = useSave((d: OpeningDebtDraft) => props.onSubmit(d));
  const change = (next: Partial<typeof blank>) => setDraft((d) => ({ ...d, ...next }));
  const receivable = props.side === 'receivable';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Gap = !draft.name.trim()
      ? 'name'
      : draft.digits === '' || Number(draft.digits) === 0
        ? 'amount'
        : !isBusinessDate(draft.date)
          ? 'date'
          : null;
    setGap(missing);
    if (missing) return;
    const made: OpeningDebtDraft = {
      date: draft.date,
      side: props.side,
      contactName: draft.name,
      amount: Number(draft.digits),
      note: '',
      ...(draft.dueDate ? { dueDate: draft.dueDate } : {}),
    };
    if (await save(made, '')) setDraft(blank);
  };
  return (
    <form className="stock-form" noValidate onSubmit={(e) => void submit(e)}>
      <TextField
        label={receivable ? t('opening.customer') : t('opening.supplier')}
        value={draft.name}
        list={listId}
        autoComplete="off"
        maxLength={inputMaxLength(NAME_MAX_LENGTH)}
        hint={t('opening.contactHint')}
        onChange={(e) => change({ name: e.target.value })}
        error={gap === 'name' ? t('opening.nameRequired') : undefined}
      />
      <datalist id={listId}>
        {props.contacts
          .filter((c) => !c.hidden)
          .map((c) => (
            <option key={c.id} value={c.name} />
          ))}
      </datalist>
      <AmountInput
        label={receivable ? t('opening.owedToShop') : t('opening.owedByShop')}
        digits={draft.digits}
        onChange={(digits) => change({ digits })}
        error={gap === 'amount' ? t('opening.amountRequired') : undefined}
      />
      <TextField
        label={t('opening.date')}
        type="date"
        value={draft.date}
        onChange={(e) => change({ date: e.target.value })}
        error={gap === 'date' ? t('stock.dateRequired') : undefined}
      />
      <TextField
        label={t('opening.dueDate')}
        type="date"
        value={draft.dueDate}
        onChange={(e) => change({ dueDate: e.target.value })}
      />
      <FormEnd
        reason=""
        onReason={() => undefined}
        saveError={saveError}
        saving={saving}
        submitLabel={receivable ? t('opening.addReceivable') : t('opening.addPayable')}
        buttonClass="btn-primary"
      />
    </form>
  );
}
