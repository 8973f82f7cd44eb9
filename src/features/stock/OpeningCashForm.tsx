import { useState, type FormEvent } from 'react';
import type { Account, Category } from '../../domain/model';
import { isBusinessDate, type BusinessDate } from '../../domain/dates';
import { formatRupiah } from '../../domain/money';
import { addEntry } from '../../storage';
import { useI18n } from '../../i18n/I18nProvider';
import { AmountInput } from '../../ui/AmountInput';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/Toast';
import { FormEnd } from '../form/FormEnd';
import { useSave } from '../form/use-save';
import { useSession } from '../session/SessionContext';

/**
 * The money the shop already had when its book began: an owner's capital entry (setoran modal)
 * into the account that holds it, so cash and the position start where the shop really is.
 */
export function OpeningCashForm(props: {
  accounts: readonly Account[];
  capital: Category | undefined;
  startDate: BusinessDate;
}) {
  const { db, book } = useSession();
  const { t, problem } = useI18n();
  const toast = useToast();
  const blank = { digits: '', accountId: props.accounts[0]?.id ?? '', date: props.startDate };
  const [draft, setDraft] = useState(blank);
  const [gap, setGap] = useState<'amount' | 'date' | null>(null);
  const { saving, saveError, save } = useSave(async (fields: typeof blank) => {
    if (!props.capital) return t('opening.noCapitalCategory');
    const amount = Number(fields.digits);
    const saved = await addEntry(db, book.id, {
      date: fields.date,
      direction: 'in',
      amount,
      categoryId: props.capital.id,
      accountId: fields.accountId,
      note: t('opening.cashNote'),
      counterparty: '',
    });
    if (!saved.ok) return saved.errors.map(problem).join(' ');
    toast.show(t('opening.cashSaved', { amount: formatRupiah(amount) }));
    return null;
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing =
      draft.digits === '' || Number(draft.digits) === 0
        ? 'amount'
        : !isBusinessDate(draft.date)
          ? 'date'
          : null;
    setGap(missing);
    if (!missing && (await save(draft, ''))) setDraft(blank);
  };
  return (
    <form className="stock-form" noValidate onSubmit={(e) => void submit(e)}>
      <AmountInput
        label={t('opening.cash')}
        digits={draft.digits}
        onChange={(digits) => setDraft((d) => ({ ...d, digits }))}
        error={gap === 'amount' ? t('opening.amountRequired') : undefined}
      />
      {props.accounts.length > 1 && (
        <SelectField
          label={t('entry.account')}
          options={props.accounts.map((a) => ({ value: a.id, label: a.name }))}
          value={draft.accountId}
          onChange={(e) => setDraft((d) => ({ ...d, accountId: e.target.value }))}
        />
      )}
      <TextField
        label={t('opening.date')}
        type="date"
        value={draft.date}
        onChange={(e) => setDraft((d) => ({ ...d, date: e.target.value }))}
        error={gap === 'date' ? t('stock.dateRequired') : undefined}
      />
      <FormEnd
        reason=""
        onReason={() => undefined}
        saveError={saveError}
        saving={saving}
        submitLabel={t('opening.saveCash')}
        buttonClass="btn-primary"
      />
    </form>
  );
}
