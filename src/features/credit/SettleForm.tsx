import { useState, type FormEvent } from 'react';
import type { Contact, SettlementType } from '../../domain/credit/records';
import type { Account } from '../../domain/model';
import { formatRupiah, parseRupiah } from '../../domain/money';
import { useI18n } from '../../i18n/I18nProvider';
import { addSettlement } from '../../storage';
import { AmountInput } from '../../ui/AmountInput';
import { ChoiceChips } from '../../ui/ChoiceChips';
import { SelectField } from '../../ui/SelectField';
import { useToast } from '../../ui/Toast';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { SettlementDayNote } from './SettlementDayNote';
import { useProblemText } from '../form/use-problem-text';

/** Opens another screen. */
const goTo = (hash: string) => {
  window.location.hash = hash;
};

/** The fields of a collection or payment: whom, how much (never more than owed), which account, when. */
export function SettleForm(props: {
  type: SettlementType;
  owing: ReadonlyArray<{ contact: Contact; owed: number }>;
  accounts: readonly Account[];
  contactId?: string | undefined;
}) {
  const { db, book, today } = useSession();
  const { t, problem } = useI18n();
  const refusal = useProblemText();
  const toast = useToast();
  const [contactId, setContactId] = useState(props.contactId ?? props.owing[0]?.contact.id ?? '');
  const [digits, setDigits] = useState('');
  const cash = props.accounts.find((a) => a.type === 'cash') ?? props.accounts[0];
  const [accountId, setAccountId] = useState(cash?.id ?? '');
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [error, setError] = useState<{ amount?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const owed = props.owing.find((o) => o.contact.id === contactId)?.owed ?? 0;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const amount = parseRupiah(digits);
    if (!amount.ok) return setError({ amount: amount.errors.map(problem).join(' ') });
    if (amount.value > owed)
      return setError({ amount: t('credit.settle.tooMuch', { amount: formatRupiah(owed) }) });
    setBusy(true);
    const saved = await addSettlement(db, book.id, {
      type: props.type,
      contactId,
      amount: amount.value,
      accountId,
      date,
      note: note.trim(),
    });
    setBusy(false);
    if (!saved.ok) return setError({ form: saved.errors.map(refusal).join(' ') });
    const to = routes.contact(contactId);
    toast.show(t('credit.settle.saved', { amount: formatRupiah(amount.value) }), { on: to });
    goTo(to);
  };
  return (
    <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
      {props.contactId === undefined && (
        <SelectField
          label={t(props.type === 'collect' ? 'credit.settle.contact' : 'credit.settle.contactPay')}
          options={props.owing.map((o) => ({
            value: o.contact.id,
            label: `${o.contact.name} · ${formatRupiah(o.owed)}`,
          }))}
          value={contactId}
          onChange={(e) => (setContactId(e.target.value), setError({}))}
        />
      )}
      <p className="help" data-testid="settle-owed">
        {t('credit.settle.owed', { amount: formatRupiah(owed) })}
      </p>
      <AmountInput
        label={t('credit.settle.amount')}
        digits={digits}
        onChange={(next) => (setDigits(next), setError({}))}
        error={error.amount}
        autoFocus
      />
      {props.accounts.length > 1 && (
        <ChoiceChips
          legend={t(props.type === 'collect' ? 'credit.settle.accountIn' : 'credit.settle.accountOut')}
          name="account"
          options={props.accounts.map((a) => ({ value: a.id, label: a.name }))}
          value={accountId}
          onChange={setAccountId}
        />
      )}
      <SettlementDayNote date={date} note={note} onDate={setDate} onNote={setNote} />
      {error.form && (
        <p className="form-error" role="alert">
          {error.form}
        </p>
      )}
      <button
        type="submit"
        className={`btn btn-big btn-${props.type === 'collect' ? 'in' : 'out'}`}
        disabled={busy}
      >
        {t('credit.settle.save')}
      </button>
    </form>
  );
}
